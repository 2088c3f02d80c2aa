package id.ppu.dukcapil.cases;

import java.util.List;

/**
 * Input for a case that breaks one or more rules. {@link #field()} and the message key name the
 * first problem (what a form shows next to a field); {@link #problems()} lists all of them (what
 * an API reports).
 */
public class CaseValidationException extends CaseException {

    private final transient List<FieldProblem> problems;

    public CaseValidationException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public CaseValidationException(List<FieldProblem> problems) {
        super(problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return problems.get(0).field();
    }

    /** Every invalid field, in the order the rules found them. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
