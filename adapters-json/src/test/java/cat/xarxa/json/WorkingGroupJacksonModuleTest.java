package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A host application's own mapper reads and writes the working-group records in the shapes the formats use. */
class WorkingGroupJacksonModuleTest {

    private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();

    private static final PersonId NURIA = new PersonId(new UUID(0x7e7e_7e7eL, 1));
    private static final MemberId SABADELL = new MemberId(new UUID(0x5a5a_5a5aL, 81_878));
    private static final MemberId MANLLEU = new MemberId(new UUID(0x5a5a_5a5aL, 81_120));
    private static final PartnerId COOP57 = new PartnerId(new UUID(0x9a9a_9a9aL, 1));
    private static final WorkingGroupId HOUSING = new WorkingGroupId(new UUID(0x9696_9696L, 1));
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 5, 10);

    @Test
    void a_group_is_written_without_the_store_version_and_reads_back() {
        LocalDate activeOn = PROPOSED_ON.plusDays(20);
        WorkingGroup group = WorkingGroup.proposed(HOUSING, "Habitatge cooperatiu", "housing-cooperatives",
                        "Una guia «per als ajuntaments»\namb exemples", null, List.of(SABADELL), NURIA, PROPOSED_ON, "")
                .join(SABADELL, null, activeOn).orElseThrow()
                .join(MANLLEU, NURIA, activeOn).orElseThrow()
                .leave(MANLLEU, NURIA, activeOn.plusDays(90)).orElseThrow()
                .moveTo(GroupStatus.ACTIVE, activeOn, "AG 2026-06").orElseThrow()
                .meet(new GroupMeeting(activeOn.plusDays(14), MeetingFormat.VIRTUAL, List.of(NURIA), "Índex")).orElseThrow()
                .product(new GroupProduct(new GroupProductId(new UUID(0x9f9f_9f9fL, 1)), "Guia", ProductKind.GUIDE,
                        ProductStatus.PUBLISHED, activeOn.plusDays(100), List.of(COOP57))).orElseThrow()
                .withVersion(4);

        String json = HOST.writeValueAsString(group);

        assertTrue(json.startsWith("{\"id\":\"" + HOUSING + "\",\"name\":\"Habitatge cooperatiu\","), json);
        assertTrue(json.contains("\"need\":null,\"coordinators\":[\"" + SABADELL + "\"],\"coordinator\":\"" + NURIA + "\""),
                json);
        assertTrue(json.contains("{\"council\":\"" + SABADELL + "\",\"person\":null,\"from\":\"2026-05-30\",\"until\":null}"),
                json);
        assertTrue(json.contains("\"publishedOn\":\"2026-09-07\",\"partners\":[\"" + COOP57 + "\"]"), json);
        assertTrue(!json.contains("version"), json);
        assertEquals(group.withVersion(0), HOST.readValue(json, WorkingGroup.class));
    }

    @Test
    void a_budget_and_its_entries_carry_their_amounts_as_text_in_euros() {
        BudgetEntryId commitment = new BudgetEntryId(new UUID(0xbebe_bebeL, 2));
        BudgetEntry expense = new BudgetEntry(new BudgetEntryId(new UUID(0xbebe_bebeL, 3)), HOUSING, 2026,
                BudgetEntryKind.EXPENSE, Money.euros("800.00"), LocalDate.of(2026, 9, 30), "Factura 31", commitment);
        GroupBudget budget = new GroupBudget(HOUSING, 2026, Money.euros(5_000), Money.ZERO, Money.euros(400),
                Money.euros(800), 7);

        String entryJson = HOST.writeValueAsString(expense);
        String budgetJson = HOST.writeValueAsString(budget);

        assertEquals("{\"id\":\"" + expense.id() + "\",\"group\":\"" + HOUSING + "\",\"year\":2026,\"kind\":\"EXPENSE\","
                + "\"currency\":\"EUR\",\"amount\":\"800.00\",\"on\":\"2026-09-30\",\"reference\":\"Factura 31\","
                + "\"commitment\":\"" + commitment + "\"}", entryJson);
        assertEquals("{\"group\":\"" + HOUSING + "\",\"year\":2026,\"currency\":\"EUR\",\"allocated\":\"5000.00\","
                + "\"increased\":\"0.00\",\"committed\":\"400.00\",\"spent\":\"800.00\"}", budgetJson);
        assertEquals(expense, HOST.readValue(entryJson, BudgetEntry.class));
        assertEquals(budget.withVersion(0), HOST.readValue(budgetJson, GroupBudget.class));
    }

    @Test
    void an_amount_in_another_currency_names_the_field() {
        String inFrancs = "{\"group\":\"" + HOUSING + "\",\"year\":2026,\"currency\":\"CHF\",\"allocated\":\"5000.00\","
                + "\"increased\":\"0.00\",\"committed\":\"0.00\",\"spent\":\"0.00\"}";

        JacksonException refusal = assertThrows(JacksonException.class, () -> HOST.readValue(inFrancs, GroupBudget.class));

        assertTrue(refusal.getMessage().contains("Cannot read a working group budget: currency:"), refusal.getMessage());
    }
}
