package id.ppu.dukcapil.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-batch planning step of {@link CaseRegistry#registerAll}, without the database: given what
 * the database already holds (registrations by channel and external id, the citizens' open cases),
 * it decides for each request of a batch, in order, whether it is a retry of an earlier
 * registration, a retry of a request earlier in the same batch, or a new row; and whether a new
 * row is merged into its citizen's open case of the same service, which may be a case created
 * earlier in the same batch. The registry then numbers and writes the planned rows and asks the
 * plan for the registrations.
 */
final class BatchPlan {

    private final List<Planned> planned = new ArrayList<>();
    private final Registration[] before;
    private final Planned[] rows;
    private final boolean[] retry;

    private BatchPlan(int size) {
        before = new Registration[size];
        rows = new Planned[size];
        retry = new boolean[size];
    }

    /**
     * Plans a batch.
     *
     * @param known     registrations made before, by channel and external id
     * @param openCases the oldest open case per citizen and service among the batch's citizens
     */
    static BatchPlan of(
            List<NewCase> requests, Map<ExternalKey, Registration> known, Map<CitizenKey, Survivor> openCases) {
        BatchPlan plan = new BatchPlan(requests.size());
        Map<CitizenKey, Survivor> survivors = new HashMap<>(openCases);
        Map<ExternalKey, Planned> plannedByExternal = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            NewCase r = requests.get(i);
            ExternalKey ext = ExternalKey.of(r);
            if (ext != null && known.containsKey(ext)) {
                plan.before[i] = known.get(ext);
            } else if (ext != null && plannedByExternal.containsKey(ext)) {
                plan.rows[i] = plannedByExternal.get(ext);
                plan.retry[i] = true;
            } else {
                Planned p = new Planned(r);
                if (r.unifiable()) {
                    Survivor s = survivors.get(CitizenKey.of(r));
                    if (s == null) {
                        survivors.put(CitizenKey.of(r), new Survivor(p));
                    } else {
                        p.mergeInto = s;
                    }
                }
                if (ext != null) {
                    plannedByExternal.put(ext, p);
                }
                plan.planned.add(p);
                plan.rows[i] = p;
            }
        }
        return plan;
    }

    /** The requests that become new rows, in batch order; the registry gives each its id and number. */
    List<Planned> planned() {
        return planned;
    }

    /**
     * One registration per request, in batch order: an earlier registration as it was (DUPLICATE),
     * a retry within the batch as DUPLICATE of its first row, a new row as CREATED or MERGED.
     * Call once the planned rows have their ids and numbers.
     */
    List<Registration> registrations() {
        List<Registration> result = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            if (before[i] != null) {
                result.add(before[i]);
            } else {
                Registration r = rows[i].registration();
                result.add(
                        retry[i]
                                ? new Registration(
                                        r.caseId(),
                                        r.caseNumber(),
                                        r.status(),
                                        r.mergedInto(),
                                        Registration.Outcome.DUPLICATE)
                                : r);
            }
        }
        return result;
    }

    /** A request's identity in its channel: a second request with the same key is a retry. */
    record ExternalKey(Channel channel, String externalId) {
        static ExternalKey of(NewCase r) {
            return r.externalId() == null || r.channel() == null ? null : new ExternalKey(r.channel(), r.externalId());
        }
    }

    /** A citizen's request for a service: at most one such case is open. */
    record CitizenKey(String nik, ServiceType service) {
        static CitizenKey of(NewCase r) {
            return new CitizenKey(r.nik(), r.serviceType());
        }
    }

    /** The case a request is merged into: an existing open case, or one created earlier in the same batch. */
    static final class Survivor {
        private final Long existingId;
        private final String existingNumber;
        private final Channel existingChannel;
        final Planned planned;

        Survivor(long id, String number, Channel channel) {
            this.existingId = id;
            this.existingNumber = number;
            this.existingChannel = channel;
            this.planned = null;
        }

        Survivor(Planned planned) {
            this.existingId = null;
            this.existingNumber = null;
            this.existingChannel = null;
            this.planned = planned;
        }

        long id() {
            return planned == null ? existingId : planned.id;
        }

        String number() {
            return planned == null ? existingNumber : planned.number;
        }

        Channel channel() {
            return planned == null ? existingChannel : planned.request.channel();
        }
    }

    /** A request that will become a new row. */
    static final class Planned {
        final NewCase request;
        Survivor mergeInto;
        long id;
        String number;

        Planned(NewCase request) {
            this.request = request;
        }

        Registration registration() {
            return mergeInto == null
                    ? new Registration(id, number, request.status(), null, Registration.Outcome.CREATED)
                    : new Registration(id, number, CaseStatus.MERGED, mergeInto.number(), Registration.Outcome.MERGED);
        }
    }
}
