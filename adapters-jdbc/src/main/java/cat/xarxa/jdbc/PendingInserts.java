package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * New members saved in a unit of work and not yet written, by id and by official code, so that
 * the unit of work can find them before they reach the database. Refuses a second member with
 * the same id or official code at once, as the database would at the flush.
 */
final class PendingInserts {

    /** How many new members wait before they are written anyway. */
    static final int BATCH_SIZE = 1000;

    private final Map<String, Member> byId = new LinkedHashMap<>();
    private final Map<String, Member> byOfficialCode = new HashMap<>();

    void add(Member member) {
        String id = member.id().toString();
        String code = codeKey(member.kind(), member.officialCode());
        if (byId.containsKey(id) || byOfficialCode.containsKey(code)) {
            throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, id, (Throwable) null);
        }
        Member stored = member.withVersion(1);
        byId.put(id, stored);
        byOfficialCode.put(code, stored);
    }

    Optional<Member> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Member> findByOfficialCode(MemberKind kind, String officialCode) {
        return Optional.ofNullable(byOfficialCode.get(codeKey(kind, officialCode)));
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    boolean isFull() {
        return byId.size() >= BATCH_SIZE;
    }

    /** The pending members in the order they were saved; afterwards none is pending. */
    List<Member> drain() {
        List<Member> members = new ArrayList<>(byId.values());
        byId.clear();
        byOfficialCode.clear();
        return members;
    }

    private static String codeKey(MemberKind kind, String officialCode) {
        return kind.name() + '\u0000' + officialCode;
    }
}
