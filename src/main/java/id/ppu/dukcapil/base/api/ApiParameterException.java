package id.ppu.dukcapil.base.api;

import id.ppu.dukcapil.base.DomainException;
import java.util.List;

/**
 * A query or path parameter of an API request that cannot be used: unknown, repeated, or not a
 * value of the expected form. The API answers 400 naming the parameter, never echoing its value.
 */
public class ApiParameterException extends DomainException {

    private final String parameter;
    private final transient List<String> allowed;

    /**
     * @param parameter  the parameter's name as the client sent it
     * @param messageKey why it is refused (an i18n key)
     * @param allowed    the parameters the endpoint knows, listed for unknown ones; empty otherwise
     */
    public ApiParameterException(String parameter, String messageKey, List<String> allowed) {
        super(messageKey);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    public ApiParameterException(String parameter, String messageKey) {
        this(parameter, messageKey, List.of());
    }

    public String parameter() {
        return parameter;
    }

    public List<String> allowed() {
        return allowed;
    }
}
