package org.fengqiao.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An HTTP Basic account as Spring Security sees it, carrying the {@link Caller} it stands for. */
final class AccountUser extends User implements Caller.CallerHolder {

    private final transient Caller caller;

    AccountUser(Caller caller, String passwordHash) {
        super(caller.name(), passwordHash, caller.roles().stream().map(role -> new SimpleGrantedAuthority(
                role.authority())).toList());
        this.caller = caller;
    }

    @Override
    public Caller caller() {
        return caller;
    }
}
