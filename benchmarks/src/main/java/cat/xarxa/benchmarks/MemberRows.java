package cat.xarxa.benchmarks;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MembershipRequested;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The data both sides of the save benchmark write: N new members (real municipalities, so every
 * official code is distinct), each with its one-step history and its journal entry.
 */
final class MemberRows {

    static final LocalDate REQUESTED_ON = LocalDate.of(2026, 3, 2);
    static final Instant RECORDED_AT = Instant.parse("2026-03-02T09:30:00Z");

    final List<Member> members;
    final List<JournalEntry> entries;

    private MemberRows(List<Member> members, List<JournalEntry> entries) {
        this.members = members;
        this.entries = entries;
    }

    static MemberRows generate(int count) {
        List<Municipality> municipalities = new ArrayList<>(Municipalities.official().all());
        if (count > municipalities.size()) {
            throw new IllegalArgumentException("at most " + municipalities.size() + " members: one per municipality");
        }
        List<Member> members = new ArrayList<>(count);
        List<JournalEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Municipality place = municipalities.get(i);
            MemberId id = new MemberId(new UUID(0x5a5aL, i));
            Member member = Member.requestMembership(id, MemberKind.MUNICIPALITY, place.code().toString(), place.name(),
                    REQUESTED_ON).orElseThrow();
            members.add(member);
            entries.add(JournalEntry.of(new MembershipRequested(id, MemberKind.MUNICIPALITY, place.code().toString(),
                    place.name(), REQUESTED_ON), 1, RECORDED_AT, "benchmark"));
        }
        return new MemberRows(List.copyOf(members), List.copyOf(entries));
    }
}
