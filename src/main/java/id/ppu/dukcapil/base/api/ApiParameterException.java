package id.ppu.dukcapil.base.api;

import id.ppu.dukcapil.base.DomainException;
import java.util.List;

/**
 * A query or path parameter of an API request that cannot be used: unknown, repeated, or not a
 * value of the expected form. The API answers 400 naming the parameter, never echoing its value.
 */
public class ApiParameterException extends DomainException {

    /** The code of a value that is not of the expected form. */
    public static final String INVALID_VALUE = "api.error.parameter.value";

    private final String parameter;
    private final String detailKey;
    private final transient List<String> allowed;

    /**
     * @param parameter  the parameter's name as the client sent it
     * @param messageKey why it is refused (an i18n key, the answer's code and the key of its detail)
     * @param allowed    the parameters the endpoint knows, listed for unknown ones; empty otherwise
     */
    public ApiParameterException(String parameter, String messageKey, List<String> allowed) {
        this(parameter, messageKey, messageKey, allowed);
    }

    public ApiParameterException(String parameter, String messageKey) {
        this(parameter, messageKey, List.of());
    }

    private ApiParameterException(String parameter, String messageKey, String detailKey, List<String> allowed) {
        super(messageKey);
        this.parameter = parameter;
        this.detailKey = detailKey;
        this.allowed = List.copyOf(allowed);
    }

    /**
     * A value that is not of the expected form, with the code {@value #INVALID_VALUE} clients branch
     * on and a detail (the text of {@code detailKey}, the parameter's name as its argument) saying
     * what the value must be.
     */
    public static ApiParameterException invalidValue(String parameter, String detailKey) {
        return new ApiParameterException(parameter, INVALID_VALUE, detailKey, List.of());
    }

    public String parameter() {
        return parameter;
    }

    /** The i18n key of the answer's detail: the message key unless the refusal explains more precisely. */
    public String detailKey() {
        return detailKey;
    }

    public List<String> allowed() {
        return allowed;
    }
}
