package id.ppu.dukcapil.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API controller (or one of its methods) whose callers may add query parameters of their
 * own, such as Meta's webhook handshake: the API's refusal of undeclared and repeated parameters
 * ({@link ApiQueryParameters}) leaves it out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyQueryParameters {}
