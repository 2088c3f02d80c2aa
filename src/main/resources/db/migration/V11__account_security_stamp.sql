-- A per-account security stamp: it moves on whenever what a session was granted changes (the
-- password, enabled, the username, the roles), however the change is made, the app or a direct SQL
-- edit alike. A session remembers the stamp of its sign-in and ends once the stamp differs (see
-- AccountSessionFilter). Sign-in counters (failed_attempts, locked_until) do not move it.
alter table app_user add column security_stamp bigint not null default 0;

create function app_user_security_stamp() returns trigger language plpgsql as $$
begin
    -- A stamp set by hand only ever moves forward, so an old session can never match again.
    if new.password_hash is distinct from old.password_hash
            or new.enabled is distinct from old.enabled
            or new.username is distinct from old.username
            or new.security_stamp is distinct from old.security_stamp then
        new.security_stamp := old.security_stamp + 1;
    end if;
    return new;
end;
$$;
create trigger app_user_security_stamp
    before update on app_user
    for each row execute function app_user_security_stamp();

create function app_user_role_security_stamp() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update app_user set security_stamp = security_stamp + 1 where id = old.user_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update app_user set security_stamp = security_stamp + 1 where id = new.user_id;
    end if;
    return null;
end;
$$;
create trigger app_user_role_security_stamp
    after insert or update or delete on app_user_role
    for each row execute function app_user_role_security_stamp();
