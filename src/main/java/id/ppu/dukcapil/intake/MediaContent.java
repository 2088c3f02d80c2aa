package id.ppu.dukcapil.intake;

/**
 * The bytes of one resident's media, to show or download.
 *
 * @param fileName a neutral name ("media-12.jpg"): the resident's own file name may name them, and
 *                 a download's name can end up in URLs and browser histories
 */
public record MediaContent(byte[] bytes, String mimeType, String fileName) {}
