package id.ppu.dukcapil.cases;

/** One invalid field of a request: the field's name and an i18n key saying why. */
public record FieldProblem(String field, String messageKey) {}
