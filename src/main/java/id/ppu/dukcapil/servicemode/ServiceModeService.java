package id.ppu.dukcapil.servicemode;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's service mode: what is in force now, how it changed, and the head's changes. */
@Service
public class ServiceModeService {

    private static final Logger log = LoggerFactory.getLogger(ServiceModeService.class);
    static final int REASON_MIN = 3;
    static final int REASON_MAX = 500;

    private final ServiceModeChangeRepository changes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    ServiceModeService(ServiceModeChangeRepository changes, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** The mode in force now; NORMAL if no change was ever recorded. */
    @Transactional(readOnly = true)
    public ServiceMode current() {
        return changes.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(clock.instant())
                .map(ServiceModeChange::getMode)
                .orElse(ServiceMode.NORMAL);
    }

    /** Every period since records began, oldest first; the last one is still in force. */
    @Transactional(readOnly = true)
    public List<ServiceModePeriod> history() {
        List<ServiceModeChange> all = changes.findAllByOrderByEffectiveFromAscIdAsc();
        List<ServiceModePeriod> periods = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ServiceModeChange c = all.get(i);
            Instant to = i + 1 < all.size() ? all.get(i + 1).getEffectiveFrom() : null;
            periods.add(new ServiceModePeriod(
                    c.getMode(), c.getEffectiveFrom(), to, c.getReason(), c.getChangedBy(), c.getChangedAt()));
        }
        return periods;
    }

    /**
     * Puts the office into {@code mode} from now on, recording who changed it, when and why.
     * Only the head of office may do this; the reason is required.
     */
    @Transactional
    @PreAuthorize("hasRole('KEPALA')")
    public void change(ServiceMode mode, String reason) {
        if (mode == null) {
            throw new ServiceModeException("servicemode.error.mode");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new ServiceModeException("servicemode.error.reason", REASON_MIN, REASON_MAX);
        }
        ServiceMode before = current();
        if (before == mode) {
            throw new ServiceModeException("servicemode.error.unchanged", mode);
        }
        Instant now = clock.instant();
        changes.save(new ServiceModeChange(mode, now, why, currentUser.username(), now));
        log.info("Service mode changed from {} to {} by {}", before, mode, currentUser.username());
        audit.change(AuditKind.SERVICE_MODE_CHANGED, mode.name(), before + " → " + mode);
    }
}
