package cat.xarxa.advisory;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.partner.PartnerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An advisory (assessorament): one council's request, or a joint advisory carrying the requests
 * of several councils on a similar topic, charged to the hour bank once. It holds the hours it
 * has reserved and consumed, its provider and its sessions. Immutable: each change is a new value
 * with the reasons it was refused otherwise.
 *
 * @param id          the id
 * @param period      the hour bank's period it is charged to
 * @param topic       the topic of its requests
 * @param pkg         the package it is charged for (the first request's)
 * @param requests    the requests it carries, the first one first; one unless joint
 * @param provider    who delivers it
 * @param coProvider  a partner organisation delivering it too, or null
 * @param sessions    its sessions, in the order they were scheduled
 * @param status      where it stands
 * @param mergedInto  the joint advisory it was merged into, or null
 * @param reserved    the hours it holds reserved in the bank and has not consumed
 * @param consumed    the hours its delivered sessions consumed
 * @param version     the version the store last saved; 0 if never stored
 */
public record Advisory(AdvisoryId id, String period, String topic, AdvisoryPackage pkg, List<AdvisoryRequest> requests,
                       Provider provider, PartnerId coProvider, List<Session> sessions, AdvisoryStatus status,
                       AdvisoryId mergedInto, Hours reserved, Hours consumed, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "advisory";

    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(pkg, "pkg");
        requests = List.copyOf(requests);
        Objects.requireNonNull(provider, "provider");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(consumed, "consumed");
    }

    /** A new advisory for one request, holding its package reserved, delivered by the secretariat until assigned. */
    public static Advisory forRequest(AdvisoryId id, String period, AdvisoryRequest request) {
        return new Advisory(id, period, request.topic(), request.pkg(), List.of(request), Provider.SECRETARIAT, null,
                List.of(), AdvisoryStatus.OPEN, null, request.pkg().hours(), Hours.ZERO, 0);
    }

    /** Whether it carries the requests of several councils. */
    public boolean isJoint() {
        return requests.size() > 1;
    }

    /** The councils it serves, in the order of their requests. */
    public List<MemberId> members() {
        return requests.stream().map(AdvisoryRequest::member).toList();
    }

    /** The session with this id, if it has it. */
    public Optional<Session> session(SessionId sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** The same advisory as stored at a version. */
    public Advisory withVersion(long storedVersion) {
        return new Advisory(id, period, topic, pkg, requests, provider, coProvider, sessions, status, mergedInto, reserved,
                consumed, storedVersion);
    }

    private Advisory with(List<AdvisoryRequest> newRequests, List<Session> newSessions, AdvisoryStatus newStatus,
                          Hours newReserved, Hours newConsumed) {
        return new Advisory(id, period, topic, pkg, newRequests, provider, coProvider, newSessions, newStatus, mergedInto,
                newReserved, newConsumed, version);
    }

    private Optional<Reason> notActive() {
        return status.isActive() ? Optional.empty() : Optional.of(Reason.of("advisory.not-active", id, status));
    }

    /**
     * Takes in the requests of other open advisories: a joint advisory charged once, for this one's
     * package. Refused unless every one is open with no session ({@code advisory.merge-not-open}),
     * of the same period ({@code advisory.merge-other-period}) and topic ({@code advisory.merge-other-topic}),
     * and no council would be in it twice ({@code advisory.merge-same-council}).
     */
    public Decision<Advisory> absorb(List<Advisory> others) {
        List<Reason> reasons = new ArrayList<>();
        List<AdvisoryRequest> all = new ArrayList<>(requests);
        Set<MemberId> councils = new HashSet<>(members());
        List<Advisory> everyone = new ArrayList<>(others);
        everyone.add(0, this);
        for (Advisory advisory : everyone) {
            if (advisory.status != AdvisoryStatus.OPEN || !advisory.sessions.isEmpty()) {
                reasons.add(Reason.of("advisory.merge-not-open", advisory.id, advisory.status));
            }
            if (advisory == this) {
                continue;
            }
            if (!advisory.period.equals(period)) {
                reasons.add(Reason.of("advisory.merge-other-period", advisory.id, advisory.period, period));
            }
            if (!advisory.topic.equals(topic)) {
                reasons.add(Reason.of("advisory.merge-other-topic", advisory.id, advisory.topic, topic));
            }
            for (AdvisoryRequest request : advisory.requests) {
                if (!councils.add(request.member())) {
                    reasons.add(Reason.of("advisory.merge-same-council", request.member()));
                }
                all.add(request);
            }
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        return Decision.accepted(with(all, sessions, status, reserved, consumed), List.of());
    }

    /** This advisory, merged into a joint one: no requests, nothing reserved. */
    public Advisory mergedInto(AdvisoryId joint) {
        return new Advisory(id, period, topic, pkg, List.of(), provider, coProvider, sessions, AdvisoryStatus.MERGED, joint,
                Hours.ZERO, consumed, version);
    }

    /**
     * Takes a request out of a joint advisory before delivery. Refused if it is not joint
     * ({@code advisory.unmerge-not-joint}), a session was delivered ({@code advisory.unmerge-delivered}),
     * or the request is not in it ({@code advisory.request-not-found}).
     *
     * @return this advisory without the request
     */
    public Decision<Advisory> without(RequestId request) {
        List<Reason> reasons = new ArrayList<>();
        notActive().ifPresent(reasons::add);
        if (!isJoint()) {
            reasons.add(Reason.of("advisory.unmerge-not-joint", id));
        }
        if (sessions.stream().anyMatch(s -> s.status() == SessionStatus.DELIVERED)) {
            reasons.add(Reason.of("advisory.unmerge-delivered", id));
        }
        if (requests.stream().noneMatch(r -> r.id().equals(request))) {
            reasons.add(Reason.of("advisory.request-not-found", request, id));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<AdvisoryRequest> left = requests.stream().filter(r -> !r.id().equals(request)).toList();
        // The joint advisory keeps its package and its single charge, whichever request leaves it.
        Advisory rest = new Advisory(id, period, topic, pkg, left, provider, coProvider, sessions, status, mergedInto,
                reserved, consumed, version);
        return Decision.accepted(rest, List.of());
    }

    /** Sets who delivers it, and a partner organisation delivering it too (or null). */
    public Decision<Advisory> assign(Provider newProvider, PartnerId newCoProvider) {
        return notActive().<Decision<Advisory>>map(Decision::rejected).orElseGet(() -> Decision.accepted(
                new Advisory(id, period, topic, pkg, requests, newProvider, newCoProvider, sessions, status, mergedInto,
                        reserved, consumed, version), List.of()));
    }

    /**
     * Schedules a session within the hours reserved. Refused if it ends before it starts
     * ({@code advisory.session-ends-before-start}) or the planned sessions would need more than is
     * reserved ({@code advisory.session-beyond-reservation}: adjust the reservation first).
     */
    public Decision<Advisory> schedule(Session session) {
        List<Reason> reasons = new ArrayList<>();
        notActive().ifPresent(reasons::add);
        if (!session.end().isAfter(session.start())) {
            reasons.add(Reason.of("advisory.session-ends-before-start", session.end(), session.start()));
        } else {
            Hours planned = plannedHours().plus(session.planned());
            if (planned.isLongerThan(reserved)) {
                reasons.add(Reason.of("advisory.session-beyond-reservation", planned, reserved));
            }
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<Session> all = new ArrayList<>(sessions);
        all.add(session);
        return Decision.accepted(with(requests, all, AdvisoryStatus.SCHEDULED, reserved, consumed), List.of());
    }

    private Hours plannedHours() {
        return sessions.stream().filter(s -> s.status() == SessionStatus.PLANNED).map(Session::planned)
                .reduce(Hours.ZERO, Hours::plus);
    }

    /**
     * Records a session as held: its real duration is consumed from what is reserved. Refused if
     * the session is not planned ({@code advisory.session-not-planned}), the duration is zero
     * ({@code advisory.hours-not-positive}), it is more than is reserved
     * ({@code advisory.consume-beyond-reserved}: adjust first), or an attendee is not one of its
     * councils ({@code advisory.attendee-not-participant}).
     */
    public Decision<Advisory> deliver(SessionId sessionId, Hours took, List<MemberId> attended) {
        List<Reason> reasons = new ArrayList<>();
        notActive().ifPresent(reasons::add);
        Optional<Session> session = session(sessionId).filter(s -> s.status() == SessionStatus.PLANNED);
        if (session.isEmpty()) {
            reasons.add(Reason.of("advisory.session-not-planned", sessionId));
        }
        if (took.isZero()) {
            reasons.add(Reason.of("advisory.hours-not-positive", took));
        } else if (took.isLongerThan(reserved)) {
            reasons.add(Reason.of("advisory.consume-beyond-reserved", took, reserved));
        }
        attended.stream().filter(m -> !members().contains(m)).distinct()
                .forEach(m -> reasons.add(Reason.of("advisory.attendee-not-participant", m)));
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<Session> all = sessions.stream()
                .map(s -> s.id().equals(sessionId) ? s.delivered(took, List.copyOf(attended)) : s).toList();
        return Decision.accepted(with(requests, all, status, reserved.minus(took), consumed.plus(took)), List.of());
    }

    /** Cancels a planned session; its planned hours are given back. {@code advisory.session-not-planned} */
    public Decision<Advisory> cancelSession(SessionId sessionId) {
        Optional<Session> session = session(sessionId).filter(s -> s.status() == SessionStatus.PLANNED);
        if (session.isEmpty() || !status.isActive()) {
            return Decision.rejected(Reason.of("advisory.session-not-planned", sessionId));
        }
        Hours back = session.get().planned().isLongerThan(reserved) ? reserved : session.get().planned();
        List<Session> all = sessions.stream().map(s -> s.id().equals(sessionId) ? s.cancelled() : s).toList();
        return Decision.accepted(with(requests, all, status, reserved.minus(back), consumed), List.of());
    }

    /** Reserves more hours for it, explicitly (e.g. a session that ran long). {@code advisory.hours-not-positive} */
    public Decision<Advisory> adjust(Hours extra) {
        List<Reason> reasons = new ArrayList<>();
        notActive().ifPresent(reasons::add);
        if (extra.isZero()) {
            reasons.add(Reason.of("advisory.hours-not-positive", extra));
        }
        return reasons.isEmpty() ? Decision.accepted(with(requests, sessions, status, reserved.plus(extra), consumed), List.of())
                : Decision.rejected(reasons);
    }

    /**
     * Completes it; what it did not use is given back. Refused while a session is still planned
     * ({@code advisory.sessions-still-planned}) or if none was delivered ({@code advisory.nothing-delivered}).
     */
    public Decision<Advisory> complete() {
        List<Reason> reasons = new ArrayList<>();
        notActive().ifPresent(reasons::add);
        if (sessions.stream().anyMatch(s -> s.status() == SessionStatus.PLANNED)) {
            reasons.add(Reason.of("advisory.sessions-still-planned", id));
        }
        if (sessions.stream().noneMatch(s -> s.status() == SessionStatus.DELIVERED)) {
            reasons.add(Reason.of("advisory.nothing-delivered", id));
        }
        return reasons.isEmpty() ? Decision.accepted(with(requests, sessions, AdvisoryStatus.DELIVERED, Hours.ZERO, consumed),
                List.of()) : Decision.rejected(reasons);
    }

    /** Cancels it: planned sessions are cancelled and the reservation is given back. */
    public Decision<Advisory> cancel() {
        return notActive().<Decision<Advisory>>map(Decision::rejected).orElseGet(() -> Decision.accepted(with(requests,
                sessions.stream().map(s -> s.status() == SessionStatus.PLANNED ? s.cancelled() : s).toList(),
                AdvisoryStatus.CANCELLED, Hours.ZERO, consumed), List.of()));
    }
}
