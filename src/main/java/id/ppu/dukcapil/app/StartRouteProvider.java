package id.ppu.dukcapil.app;

import java.util.Optional;

/**
 * Implemented by a feature whose screen should be some users' start page (for example the
 * dashboard for the head of office). The first provider, in Spring's order, that answers wins.
 */
public interface StartRouteProvider {

    /** The route the current user starts on, if this feature has one for them. */
    Optional<String> startRoute();
}
