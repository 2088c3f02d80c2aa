package id.ppu.dukcapil.base;

import java.util.List;

/**
 * The i18n bundles the UI and the API take their texts from, in lookup order: the shared one
 * ({@code messages}, whose default file is Bahasa Indonesia) first, then one per feature, so that
 * features add texts without touching each other's files.
 */
public final class Bundles {

    public static final List<String> NAMES =
            List.of("i18n/messages", "i18n/intake", "i18n/analytics", "i18n/outreach", "i18n/security");

    private Bundles() {}
}
