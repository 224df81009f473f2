package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Rights;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quickstart: three real town councils apply, are referred to the General Assembly and are
 * admitted, on the embedded H2 database; a county council waits for the assembly with voice but
 * without vote; one registration is refused with its Catalan message; the members are listed and
 * written to {@code members.json}.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl examples -am -Pquickstart -DskipTests package}. The data
 * stays in {@code ./xarxa-data}: a second run finds the councils already there.
 */
public final class Quickstart {

    private static final Locale CATALAN = Locale.forLanguageTag("ca");
    private static final LocalDate REQUESTED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate REFERRED_ON = LocalDate.of(2026, 3, 10);
    private static final LocalDate ASSEMBLY_ON = LocalDate.of(2026, 4, 20);
    private static final List<String> COUNCILS = List.of(
            "081878", // Sabadell
            "081120", // Manlleu
            "082515"); // Santa Margarida i els Monjos

    private Quickstart() {
    }

    // Held so that the setting stays: java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger MIGRATIONS = java.util.logging.Logger.getLogger("org.flywaydb");

    /** Runs on the default store (embedded H2 under {@code ./xarxa-data}) and writes {@code members.json}. */
    public static void main(String[] args) throws IOException {
        // The schema migrations report every step; the story is easier to read without them.
        MIGRATIONS.setLevel(java.util.logging.Level.WARNING);
        run(Map.of(), Path.of("members.json"), System.out);
    }

    /**
     * Runs with the given settings, writing the export to {@code exportFile} and the story to
     * {@code out}.
     */
    public static void run(Map<String, String> settings, Path exportFile, PrintStream out) throws IOException {
        try (Xarxa xarxa = Xarxa.open(settings)) {
            out.println("Xarxa on storage '" + xarxa.storageName() + "'");
            for (String code : COUNCILS) {
                join(xarxa, IneCode.parse(code), out);
            }
            waitForTheAssembly(xarxa, out);

            Decision<MemberId> again = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED_ON));
            out.println("Sabadell applies again -> refused: " + again.reasons(CATALAN));
            try {
                xarxa.members().apply(new ApplyForMembership("081879", null, REQUESTED_ON));
            } catch (InvalidCommandException e) {
                out.println("A mistyped code -> refused: " + e.message(CATALAN));
            }

            out.println("Members:");
            for (Member member : xarxa.members().list()) {
                out.printf("  %-30s %s  %s%n", member.name(), member.officialCode(), member.status());
            }
            try (OutputStream file = Files.newOutputStream(exportFile)) {
                xarxa.export("json", file);
            }
            out.println("Written " + exportFile.toAbsolutePath());
        }
    }

    private static void join(Xarxa xarxa, IneCode code, PrintStream out) {
        if (xarxa.members().findTownCouncil(code).isPresent()) {
            out.println(code + " is already registered (from an earlier run)");
            return;
        }
        MemberId id = xarxa.members().apply(new ApplyForMembership(code, REQUESTED_ON)).orElseThrow();
        xarxa.members().referToAssembly(new ReferToAssembly(id, REFERRED_ON, "AG 2026-04")).orElseThrow();
        Member member = xarxa.members().admit(new AdmitMember(id, ASSEMBLY_ON, "AG 2026-04")).orElseThrow();
        out.println(member.name() + " applied on " + REQUESTED_ON + " and was admitted on " + ASSEMBLY_ON);
    }

    /** A county council applies and is referred to the assembly: until then, voice without vote. */
    private static void waitForTheAssembly(Xarxa xarxa, PrintStream out) {
        MemberId osona = xarxa.members().findByOfficialCode(MemberKind.COUNTY_COUNCIL, "24").map(Member::id)
                .orElseGet(() -> {
                    MemberId id = xarxa.members()
                            .apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona", REQUESTED_ON)).orElseThrow();
                    xarxa.members().referToAssembly(new ReferToAssembly(id, REFERRED_ON, "AG 2026-09")).orElseThrow();
                    return id;
                });
        Rights rights = xarxa.members().rightsOn(osona, ASSEMBLY_ON).orElseThrow();
        out.println("Consell Comarcal d'Osona waits for the assembly: voice " + rights.voice() + ", vote " + rights.vote());
    }
}
