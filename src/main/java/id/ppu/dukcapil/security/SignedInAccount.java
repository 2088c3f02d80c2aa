package id.ppu.dukcapil.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * The principal of a signed-in staff member: the account and its security stamp at sign-in, so
 * that a later change of password, roles or enabled (which moves the stamp) ends the session.
 */
record SignedInAccount(long id, String username, long securityStamp) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
