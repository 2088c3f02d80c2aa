package id.ppu.dukcapil.security;

import java.time.Instant;
import java.util.Set;

/** A staff account as the administrators' list shows it (never the password hash). */
public record UserRow(
        long id, String username, String displayName, boolean enabled, Set<Role> roles, Instant lockedUntil) {}
