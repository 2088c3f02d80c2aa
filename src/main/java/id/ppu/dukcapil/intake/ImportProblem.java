package id.ppu.dukcapil.intake;

/**
 * Why a row of an imported file was rejected: its line (the header is line 1), the column, an
 * i18n key for the reason and the value found (so a clerk can spot a 6.40901E+15 at a glance).
 */
public record ImportProblem(int line, String column, String messageKey, String value) {}
