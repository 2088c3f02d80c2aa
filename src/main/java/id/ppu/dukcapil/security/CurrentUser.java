package id.ppu.dukcapil.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting now, and what personal data they may see. */
@Component
public class CurrentUser {

    /** The login name of the current user, or "system" outside a request (demo data, jobs). */
    public String username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() ? "system" : a.getName();
    }

    /** The roles of the current user. */
    public Set<Role> roles() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (a != null) {
            for (GrantedAuthority g : a.getAuthorities()) {
                for (Role r : Role.values()) {
                    if (r.authority().equals(g.getAuthority())) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Full NIK, names and phone numbers are for clerks and administrators only. */
    public boolean canSeePersonalData() {
        Set<Role> r = roles();
        return r.contains(Role.PETUGAS) || r.contains(Role.ADMIN);
    }

    /** Only clerks change cases. */
    public boolean canEditCases() {
        return hasRole(Role.PETUGAS);
    }
}
