-- What the cases module publishes to the SQL of other modules (raids, defendants, analysis): the identity and the
-- workflow state of each case. Other modules read this view, never enforcement_case itself, so that the cases module
-- can change its table without breaking them. A plain projection: PostgreSQL inlines it, and the indexes of
-- enforcement_case apply unchanged.
create view cases_case as
select id, reference, title, status, lead_agency_id, prosecuting_office_id, opened_on, closed_on
from enforcement_case;
