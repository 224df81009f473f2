package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a network holds (any municipalities, any legal history, names and references with
 * accents, quotes, line breaks and characters beyond the BMP), exporting it, importing the file
 * into an empty network and exporting again gives the same bytes and the same members.
 */
class JsonRoundTripPropertiesTest {

    private static final List<Municipality> MUNICIPALITIES = List.copyOf(Municipalities.official().all());
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final String AWKWARD_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t\r";

    @Property(tries = 50)
    void a_json_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") List<Member> members) {
        assertTheRoundTripKeepsEverything("json", members);
    }

    @Property(tries = 50)
    void a_json_lines_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") List<Member> members) {
        assertTheRoundTripKeepsEverything("jsonl", members);
    }

    private static void assertTheRoundTripKeepsEverything(String format, List<Member> members) {
        String first = Networks.export(format, members);
        try (Xarxa elsewhere = Networks.inMemory()) {
            assertEquals(members.size(), Networks.importInto(elsewhere, format, first).members());

            assertEquals(first, Networks.export(elsewhere, format));
            assertEquals(Networks.unversioned(members), Networks.unversioned(elsewhere.members().list()));
        }
    }

    /** Up to a dozen members with distinct official codes and ids. */
    @Provide
    Arbitrary<List<Member>> networks() {
        Arbitrary<List<Function<MemberId, Member>>> members = Combinators.combine(bodies(), histories())
                .as(JsonRoundTripPropertiesTest::withHistory)
                .list().ofMaxSize(12)
                .uniqueElements(member -> member.apply(new MemberId(new UUID(0, 0))).officialCode());
        return Combinators.combine(members, Arbitraries.longs()).as((unnamed, seed) -> {
            List<Member> network = new ArrayList<>();
            for (int i = 0; i < unnamed.size(); i++) {
                network.add(unnamed.get(i).apply(new MemberId(new UUID(seed + 31L * i, i))));
            }
            return network;
        });
    }

    /** Who asks to join: kind, official code and name. */
    private Arbitrary<Tuple.Tuple3<MemberKind, String, String>> bodies() {
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> townCouncils = Combinators.combine(
                        Arbitraries.of(MUNICIPALITIES), Arbitraries.oneOf(Arbitraries.just(""), names()))
                .as((municipality, name) -> Tuple.of(MemberKind.MUNICIPALITY, municipality.code().toString(),
                        name.isEmpty() ? municipality.name() : name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> countyCouncils = Combinators.combine(
                        Arbitraries.integers().between(1, 43), names())
                .as((county, name) -> Tuple.of(MemberKind.COUNTY_COUNCIL, String.format("%02d", county), name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> otherBodies = Combinators.combine(
                        Arbitraries.integers().between(0, 9_999_999), names())
                .as((number, name) -> Tuple.of(MemberKind.OTHER_PUBLIC_BODY, String.format("P%07dJ", number), name));
        return Arbitraries.frequencyOf(
                Tuple.of(8, townCouncils), Tuple.of(1, countyCouncils), Tuple.of(1, otherBodies));
    }

    /** Names as people type them, trimmed as the import trims them. */
    private Arbitrary<String> names() {
        return Combinators.combine(
                        Arbitraries.strings().withChars(AWKWARD_CHARACTERS).ofMinLength(1).ofMaxLength(60),
                        Arbitraries.of("", " 😀", "𝄞", " \u2028 segona línia", "\u0000"))
                .as(String::concat)
                .map(String::trim)
                .filter(name -> !name.isBlank());
    }

    private Arbitrary<String> references() {
        return Arbitraries.strings().withChars(AWKWARD_CHARACTERS + "😀").ofMaxLength(80);
    }

    /** A legal path through the lifecycle, with its dates and grounds. */
    private Arbitrary<History> histories() {
        Arbitrary<LocalDate> requestedOn = Arbitraries.integers().between(0, 14_000).map(EARLIEST::plusDays);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 2_000);
        return Combinators.combine(requestedOn, Arbitraries.of(Path.values()), days, days, references(), references())
                .as(History::new);
    }

    private static Function<MemberId, Member> withHistory(Tuple.Tuple3<MemberKind, String, String> body, History history) {
        return id -> history.liveThrough(
                Member.requestMembership(id, body.get1(), body.get2(), body.get3(), history.requestedOn()).orElseThrow());
    }

    /** The ways a member's history may go. */
    private enum Path { STAYS_PENDING, ADMITTED, ADMITTED_THEN_WITHDRAWN, WITHDRAWN_WHILE_PENDING }

    private record History(LocalDate requestedOn, Path path, int daysToFirstDecision, int daysToWithdrawal,
                           String assemblyReference, String withdrawalReason) {

        Member liveThrough(Member pending) {
            LocalDate firstDecision = requestedOn.plusDays(daysToFirstDecision);
            return switch (path) {
                case STAYS_PENDING -> pending;
                case ADMITTED -> pending.admit(firstDecision, assemblyReference).orElseThrow();
                case ADMITTED_THEN_WITHDRAWN -> pending.admit(firstDecision, assemblyReference).orElseThrow()
                        .withdraw(firstDecision.plusDays(daysToWithdrawal), withdrawalReason).orElseThrow();
                case WITHDRAWN_WHILE_PENDING -> pending.withdraw(firstDecision, withdrawalReason).orElseThrow();
            };
        }
    }
}
