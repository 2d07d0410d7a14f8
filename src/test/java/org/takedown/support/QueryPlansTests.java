package org.takedown.support;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The plan walk of {@link QueryPlans}, on plans shaped as PostgreSQL 17 writes them with EXPLAIN (FORMAT JSON). */
class QueryPlansTests {

    private static final Set<String> BIG = Set.of("seized_server", "raid", "case_defendant");

    @Test
    void findsASequentialScanOfABigTableAtTheTop() {
        String plan = """
                [
                  {
                    "Plan": {
                      "Node Type": "Seq Scan",
                      "Parallel Aware": false,
                      "Async Capable": false,
                      "Relation Name": "raid",
                      "Alias": "r",
                      "Startup Cost": 0.00,
                      "Total Cost": 1204.00,
                      "Plan Rows": 312,
                      "Plan Width": 8,
                      "Filter": "((country_code)::text = 'LV'::text)"
                    }
                  }
                ]
                """;
        assertThat(QueryPlans.sequentialScans(plan, BIG))
            .containsExactly(new QueryPlans.Scan("raid", "r", "((country_code)::text = 'LV'::text)", 312));
        assertThat(QueryPlans.sequentialScans(plan, BIG).get(0))
            .hasToString("Seq Scan on raid r (Filter: ((country_code)::text = 'LV'::text)), 312 rows expected");
    }

    @Test
    void findsScansUnderJoinsParallelWorkersSubPlansInitPlansAndCommonTableExpressions() {
        String plan = """
                [
                  {
                    "Plan": {
                      "Node Type": "Limit",
                      "Plan Rows": 50,
                      "Plans": [
                        {
                          "Node Type": "Seq Scan",
                          "Parent Relationship": "InitPlan",
                          "Subplan Name": "InitPlan 1",
                          "Relation Name": "case_defendant",
                          "Alias": "case_defendant",
                          "Plan Rows": 15000
                        },
                        {
                          "Node Type": "CTE Scan",
                          "Parent Relationship": "Outer",
                          "CTE Name": "matches",
                          "Alias": "matches",
                          "Plan Rows": 1001
                        },
                        {
                          "Node Type": "Hash Join",
                          "Parent Relationship": "Outer",
                          "Join Type": "Inner",
                          "Plans": [
                            {
                              "Node Type": "Gather",
                              "Parent Relationship": "Outer",
                              "Workers Planned": 2,
                              "Plans": [
                                {
                                  "Node Type": "Seq Scan",
                                  "Parent Relationship": "Outer",
                                  "Parallel Aware": true,
                                  "Relation Name": "seized_server",
                                  "Alias": "s",
                                  "Plan Rows": 41667,
                                  "Filter": "(voided_at IS NULL)"
                                }
                              ]
                            },
                            {
                              "Node Type": "Hash",
                              "Parent Relationship": "Inner",
                              "Plans": [
                                {
                                  "Node Type": "Seq Scan",
                                  "Parent Relationship": "Outer",
                                  "Relation Name": "jurisdiction",
                                  "Alias": "j",
                                  "Plan Rows": 303
                                }
                              ]
                            }
                          ]
                        },
                        {
                          "Node Type": "Seq Scan",
                          "Parent Relationship": "SubPlan",
                          "Subplan Name": "SubPlan 2",
                          "Relation Name": "raid",
                          "Alias": "raid",
                          "Plan Rows": 5000
                        }
                      ]
                    }
                  }
                ]
                """;
        List<QueryPlans.Scan> scans = QueryPlans.sequentialScans(plan, BIG);
        assertThat(scans).extracting(QueryPlans.Scan::table).containsExactly("case_defendant", "seized_server", "raid");
        assertThat(scans.get(0)).hasToString("Seq Scan on case_defendant, 15000 rows expected");
        assertThat(scans.get(1).filter()).isEqualTo("(voided_at IS NULL)");
    }

    @Test
    void indexAndBitmapScansOfBigTablesAndSequentialScansOfSmallOnesPass() {
        String plan = """
                [
                  {
                    "Plan": {
                      "Node Type": "Nested Loop",
                      "Plans": [
                        {
                          "Node Type": "Index Scan",
                          "Scan Direction": "Backward",
                          "Index Name": "ix_seized_server_country",
                          "Relation Name": "seized_server",
                          "Alias": "s",
                          "Plan Rows": 51
                        },
                        {
                          "Node Type": "Bitmap Heap Scan",
                          "Relation Name": "raid",
                          "Alias": "r",
                          "Plans": [
                            {
                              "Node Type": "Bitmap Index Scan",
                              "Index Name": "ix_raid_case"
                            }
                          ]
                        },
                        {
                          "Node Type": "Index Only Scan",
                          "Index Name": "pk_case_defendant",
                          "Relation Name": "case_defendant",
                          "Alias": "cd"
                        },
                        {
                          "Node Type": "Seq Scan",
                          "Relation Name": "country_activity",
                          "Alias": "a"
                        }
                      ]
                    }
                  }
                ]
                """;
        assertThat(QueryPlans.sequentialScans(plan, BIG)).isEmpty();
    }

    @Test
    void aPlanWithoutChildrenOrRelationIsNoScan() {
        assertThat(QueryPlans.sequentialScans("""
                [ { "Plan": { "Node Type": "Result", "Plan Rows": 1 } } ]
                """, BIG)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPlanRatherThanFindingNothingInIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> QueryPlans.sequentialScans("[]", BIG));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> QueryPlans.sequentialScans("{ \"Plan\": { \"Node Type\": \"Seq Scan\" } }", BIG));
        assertThatIllegalArgumentException().isThrownBy(() -> QueryPlans.sequentialScans("[ { \"Query\": 1 } ]", BIG));
    }

    @Test
    void knowsWhichStatementsExplainCanPlan() {
        assertThat(QueryPlans.explainable("select 1")).isTrue();
        assertThat(QueryPlans.explainable("\n    with matches as (select 1) select * from matches")).isTrue();
        assertThat(QueryPlans.explainable("/* page */ SELECT s1_0.id from seized_server s1_0")).isTrue();
        assertThat(QueryPlans.explainable("insert into audit_log (id) values (?)")).isTrue();
        assertThat(QueryPlans.explainable("update raid set status = ? where id = ?")).isTrue();
        assertThat(QueryPlans.explainable("set transaction read only")).isFalse();
        assertThat(QueryPlans.explainable("commit")).isFalse();
        assertThat(QueryPlans.explainable("selected")).isFalse();
    }

}
