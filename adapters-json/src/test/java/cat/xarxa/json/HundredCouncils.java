package cat.xarxa.json;

import cat.xarxa.common.Municipalities;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hundred admitted town councils of the province of Barcelona, each with the population of two
 * years, written by hand as {@code json} or {@code jsonl}, one member per line as the exports
 * write them, so that a test can spoil one record and know its line: member {@code n} is on line
 * {@code n + 1} in both formats.
 */
final class HundredCouncils {

    static final int COUNT = 100;

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private final List<String> records;

    private HundredCouncils(List<String> records) {
        this.records = records;
    }

    static HundredCouncils valid() {
        List<String> records = Municipalities.official().all().stream()
                .filter(municipality -> municipality.provinceCode().equals("08"))
                .limit(COUNT)
                .map(municipality -> new MemberData(
                        new UUID(0x5a5a_5a5aL, Long.parseLong(municipality.code().toString())).toString(),
                        MemberKind.MUNICIPALITY, municipality.code().toString(), municipality.name(),
                        List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2025, 1, 10), ""),
                                new MemberData.Step(MemberStatus.MEMBER, LocalDate.of(2025, 3, 1), "AG 2025-03")),
                        List.of(new MemberData.Figure(2024, inhabitantsOf(municipality.code().toString()), "INE, padró 1/1/2024"),
                                new MemberData.Figure(2025, inhabitantsOf(municipality.code().toString()) + 25,
                                        "INE, padró 1/1/2025"))))
                .map(MAPPER::writeValueAsString)
                .toList();
        return new HundredCouncils(records);
    }

    /** A made-up figure, different for each council. */
    private static long inhabitantsOf(String ineCode) {
        return Long.parseLong(ineCode) % 100_000;
    }

    /** The id of member {@code n}, counting from 1. */
    String idOf(int n) {
        return MAPPER.readTree(records.get(n - 1)).get("id").stringValue();
    }

    /** The same network with member {@code n}'s fields changed. */
    HundredCouncils withMember(int n, Consumer<ObjectNode> change) {
        ObjectNode member = (ObjectNode) MAPPER.readTree(records.get(n - 1));
        change.accept(member);
        return withText(n, MAPPER.writeValueAsString(member));
    }

    /** The same network with member {@code n}'s line replaced by any text. */
    HundredCouncils withText(int n, String text) {
        List<String> changed = new ArrayList<>(records);
        changed.set(n - 1, text);
        return new HundredCouncils(changed);
    }

    /** The network as a {@code json} document or {@code jsonl} lines. */
    String as(String format) {
        StringBuilder text = new StringBuilder();
        if (format.equals("json")) {
            text.append("{\"format\":\"xarxa\",\"version\":1,\"members\":[\n");
            text.append(String.join(",\n", records));
            text.append("\n]}\n");
        } else {
            text.append("{\"type\":\"header\",\"format\":\"xarxa\",\"version\":1}\n");
            for (String record : records) {
                text.append(record.startsWith("{") ? "{\"type\":\"member\"," + record.substring(1) : record).append('\n');
            }
        }
        return text.toString();
    }
}
