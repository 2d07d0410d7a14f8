package org.takedown.export;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

    @Test
    void neutralisesEveryCharacterThatStartsAFormula() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryTextAndFormulaCharactersInsideTextAlone() {
        assertThat(CsvCells.neutralise("Baltic Bytes SIA")).isEqualTo("Baltic Bytes SIA");
        assertThat(CsvCells.neutralise("a=b, c+d, e-f, g@h")).isEqualTo("a=b, c+d, e-f, g@h");
        assertThat(CsvCells.neutralise(" =1")).isEqualTo(" =1");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isNull();
    }

    @Test
    void formatsNumbersDatesAndEnumsThemselvesAndNullAsAnEmptyCell() {
        assertThat(CsvCells.cell(-5L)).isEqualTo("-5");
        assertThat(CsvCells.cell(LocalDate.of(2026, 11, 29))).isEqualTo("2026-11-29");
        assertThat(CsvCells.cell(Instant.parse("2026-11-29T20:00:00Z"))).isEqualTo("2026-11-29T20:00:00Z");
        assertThat(CsvCells.cell(java.time.DayOfWeek.MONDAY)).isEqualTo("MONDAY");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("-cell")).isEqualTo("'-cell");
    }

}
