package cat.xarxa.json;

import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hundred admitted town councils of the province of Barcelona, each with the population of two
 * years, written by hand as {@code json} or {@code jsonl}, one record per line as the exports
 * write them, so that a test can spoil one record and know its line: record {@code n} is on line
 * {@code n + 1} in both formats. {@link #valid()} has no people, so member {@code n} is record
 * {@code n}; {@link #withTechnicalContacts()} has twenty people first, each the technical contact
 * of five councils, so member {@code n} is record {@code 20 + n}.
 */
final class HundredCouncils {

    static final int COUNT = 100;
    static final int CONTACTS = 20;
    /** When every council's technical contact took the role. */
    static final LocalDate CONTACTS_SINCE = LocalDate.of(2025, 3, 1);

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final String[] FIRST_NAMES = {"Núria", "Jordi", "Mercè", "Pere", "Àngels", "Joan", "Montserrat",
        "Xavier", "Roser", "Martí"};
    private static final String[] SURNAMES = {"Puig", "Solà", "Ferrer", "Vilà", "Casals", "Sol·là", "Garriga", "Rovira",
        "Pujol", "d'Ossó"};

    private final List<String> people;
    private final List<String> members;

    private HundredCouncils(List<String> people, List<String> members) {
        this.people = people;
        this.members = members;
    }

    /** The councils without people or mandates. */
    static HundredCouncils valid() {
        return new HundredCouncils(List.of(), councils(false));
    }

    /**
     * The councils with twenty people before them; council {@code n}'s technical contact, since
     * {@link #CONTACTS_SINCE}, is person {@code (n - 1) % 20 + 1}.
     */
    static HundredCouncils withTechnicalContacts() {
        List<String> people = new ArrayList<>();
        for (int p = 1; p <= CONTACTS; p++) {
            people.add(MAPPER.writeValueAsString(new PersonData(personId(p).toString(),
                    FIRST_NAMES[(p - 1) % FIRST_NAMES.length] + " " + SURNAMES[(p * 3) % SURNAMES.length],
                    "tecnica" + p + "@xarxa.cat", "", List.of("social-economy-policy"))));
        }
        return new HundredCouncils(people, councils(true));
    }

    private static List<String> councils(boolean withContacts) {
        List<String> records = new ArrayList<>();
        List<Municipality> councils = Municipalities.official().all().stream()
                .filter(municipality -> municipality.provinceCode().equals("08"))
                .limit(COUNT)
                .toList();
        for (int n = 1; n <= councils.size(); n++) {
            String code = councils.get(n - 1).code().toString();
            List<MemberData.Term> mandates = withContacts
                    ? List.of(new MemberData.Term(personId((n - 1) % CONTACTS + 1).toString(), Role.TECHNICAL_CONTACT,
                            CONTACTS_SINCE, null))
                    : List.of();
            records.add(MAPPER.writeValueAsString(new MemberData(
                    new UUID(0x5a5a_5a5aL, Long.parseLong(code)).toString(),
                    MemberKind.MUNICIPALITY, code, councils.get(n - 1).name(),
                    List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2025, 1, 10), ""),
                            new MemberData.Step(MemberStatus.MEMBER, LocalDate.of(2025, 3, 1), "AG 2025-03")),
                    List.of(new MemberData.Figure(2024, inhabitantsOf(code), "INE, padró 1/1/2024"),
                            new MemberData.Figure(2025, inhabitantsOf(code) + 25, "INE, padró 1/1/2025")),
                    mandates)));
        }
        return records;
    }

    private static UUID personId(int p) {
        return new UUID(0x7e7e_7e7eL, p);
    }

    /** A made-up figure, different for each council. */
    private static long inhabitantsOf(String ineCode) {
        return Long.parseLong(ineCode) % 100_000;
    }

    /** How many people come before the members. */
    int people() {
        return people.size();
    }

    /** The record number of member {@code n}: the people come first. */
    int recordOfMember(int n) {
        return people.size() + n;
    }

    /** The id of member {@code n}, counting from 1. */
    String idOf(int n) {
        return MAPPER.readTree(members.get(n - 1)).get("id").stringValue();
    }

    /** The same network with member {@code n}'s fields changed. */
    HundredCouncils withMember(int n, Consumer<ObjectNode> change) {
        ObjectNode member = (ObjectNode) MAPPER.readTree(members.get(n - 1));
        change.accept(member);
        return withText(n, MAPPER.writeValueAsString(member));
    }

    /** The same network with member {@code n}'s line replaced by any text. */
    HundredCouncils withText(int n, String text) {
        List<String> changed = new ArrayList<>(members);
        changed.set(n - 1, text);
        return new HundredCouncils(people, changed);
    }

    /** The same network with person {@code p}'s fields changed. */
    HundredCouncils withPerson(int p, Consumer<ObjectNode> change) {
        ObjectNode person = (ObjectNode) MAPPER.readTree(people.get(p - 1));
        change.accept(person);
        List<String> changed = new ArrayList<>(people);
        changed.set(p - 1, MAPPER.writeValueAsString(person));
        return new HundredCouncils(changed, members);
    }

    /** The network as a {@code json} document or {@code jsonl} lines, laid out as the exports lay them out. */
    String as(String format) {
        StringBuilder text = new StringBuilder();
        if (format.equals("json")) {
            text.append("{\"format\":\"xarxa\",\"version\":1,\"people\":[");
            if (!people.isEmpty()) {
                text.append('\n').append(String.join(",\n", people));
            }
            text.append("],\"members\":[\n");
            text.append(String.join(",\n", members));
            text.append("\n]}\n");
        } else {
            text.append("{\"type\":\"header\",\"format\":\"xarxa\",\"version\":1}\n");
            for (String person : people) {
                text.append("{\"type\":\"person\",").append(person.substring(1)).append('\n');
            }
            for (String member : members) {
                text.append(member.startsWith("{") ? "{\"type\":\"member\"," + member.substring(1) : member).append('\n');
            }
        }
        return text.toString();
    }
}
