package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.util.Optional;

/**
 * The editable part of a quick answer, as a form bean: the form binds to it and the service checks
 * it again with the same rules ({@link #problem()}), so a screen and a future caller get the same
 * messages. The rules mirror the table's checks (V22).
 */
public class QuickAnswerDraft {

    public static final int MAX_TITLE = 80;
    public static final int MAX_BODY = OutboundContent.MAX_TEXT;
    public static final int MIN_SORT_ORDER = 0;
    public static final int MAX_SORT_ORDER = 999;

    private ServiceType serviceType;
    private String title;
    private String body;
    private Integer sortOrder = 10;
    private boolean active = true;
    private boolean requirements;

    /** A draft with the values of {@code answer}. */
    public static QuickAnswerDraft of(QuickAnswer answer) {
        QuickAnswerDraft d = new QuickAnswerDraft();
        d.serviceType = answer.serviceType();
        d.title = answer.title();
        d.body = answer.body();
        d.sortOrder = answer.sortOrder();
        d.active = answer.active();
        d.requirements = answer.requirements();
        return d;
    }

    /** The first rule the draft breaks, field by field in the form's order. */
    public Optional<QuickAnswerException> problem() {
        return titleProblem(title)
                .or(() -> sortOrderProblem(sortOrder))
                .or(() -> requirementsProblem(serviceType, requirements))
                .or(() -> bodyProblem(body));
    }

    public static Optional<QuickAnswerException> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(new QuickAnswerException("title", "quickAnswer.error.titleRequired"));
        }
        if (title.strip().length() > MAX_TITLE) {
            return Optional.of(new QuickAnswerException("title", "quickAnswer.error.titleSize", MAX_TITLE));
        }
        return Optional.empty();
    }

    public static Optional<QuickAnswerException> bodyProblem(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of(new QuickAnswerException("body", "quickAnswer.error.bodyRequired"));
        }
        int length = body.strip().length();
        if (length > MAX_BODY) {
            return Optional.of(new QuickAnswerException("body", "quickAnswer.error.bodySize", MAX_BODY, length));
        }
        return Optional.empty();
    }

    public static Optional<QuickAnswerException> sortOrderProblem(Integer sortOrder) {
        if (sortOrder == null || sortOrder < MIN_SORT_ORDER || sortOrder > MAX_SORT_ORDER) {
            return Optional.of(new QuickAnswerException(
                    "sortOrder", "quickAnswer.error.sortOrder", MIN_SORT_ORDER, MAX_SORT_ORDER));
        }
        return Optional.empty();
    }

    public static Optional<QuickAnswerException> requirementsProblem(ServiceType serviceType, boolean requirements) {
        return requirements && serviceType == null
                ? Optional.of(new QuickAnswerException("requirements", "quickAnswer.error.requirementsNeedService"))
                : Optional.empty();
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isRequirements() {
        return requirements;
    }

    public void setRequirements(boolean requirements) {
        this.requirements = requirements;
    }
}
