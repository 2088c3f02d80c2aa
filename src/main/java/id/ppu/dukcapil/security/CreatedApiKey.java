package id.ppu.dukcapil.security;

/** A key just created: {@code key} is shown once and never stored. */
public record CreatedApiKey(long id, String name, String key) {}
