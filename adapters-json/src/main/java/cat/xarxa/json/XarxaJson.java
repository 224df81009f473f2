package cat.xarxa.json;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.StatusChange;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workplan.AdoptWorkPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.databind.module.SimpleModule;

/**
 * Xarxa in JSON (la xarxa en JSON): a Jackson 3 module for the library's types, and the
 * {@code json} and {@code jsonl} export and import formats.
 *
 * <h2>As a Jackson module</h2>
 * Registered in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so a host's
 * {@code JsonMapper.builder().findAndAddModules().build()} finds it; or add it by hand with
 * {@code addModule(new XarxaJson())}. It writes and reads:
 * <ul>
 *   <li>{@link Money} as a string, {@code "150.00"}; {@link Hours} as {@code "4:00"};
 *       {@link IneCode} as {@code "081878"}; {@link MemberId}, {@link PersonId}, {@link PartnerId},
 *       {@link NeedId}, {@link ContactId} and {@link MeetingId} as their UUID;</li>
 *   <li>{@link StatusChange} as {@code {"status":"MEMBER","since":"2026-04-20","reference":"AG 2026-04"}};</li>
 *   <li>{@link Mandate} as
 *       {@code {"person":"…","role":"TECHNICAL_CONTACT","from":"2019-09-01","to":null}},
 *       {@code "to":null} while it is open;</li>
 *   <li>{@link Member} and {@link MemberData} in the same shape, without the store's version:
 *       {@code {"id":"…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…],"mandates":[…]}},
 *       each population figure as
 *       {@code {"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}}, by year;</li>
 *   <li>{@link Person} and {@link PersonData} in the same shape, without the store's version:
 *       {@code {"id":"…","name":"Núria Puig","email":"npuig@sabadell.cat","phone":"","expertise":["cooperatives"]}};
 *       name, email and phone are personal data, written as they are;</li>
 *   <li>{@link Partner} and {@link PartnerData} without the store's version:
 *       {@code {"id":"…","name":"Coop57","kind":"COOPERATIVE","website":"https://coop57.coop","contactPerson":null}};</li>
 *   <li>{@link Need} and {@link NeedData} without the store's version:
 *       {@code {"id":"…","member":"…","category":"training","description":"…","raisedOn":"2026-05-04","expectedOn":null,"followUps":[{"on":"2026-05-20","status":"IN_PROGRESS","note":"…"}]}};</li>
 *   <li>{@link Contact} and {@link ContactData}:
 *       {@code {"id":"…","member":"…","on":"2026-05-12","channel":"PHONE","topic":"FEE_PAYMENT","note":"…","person":null}};</li>
 *   <li>{@link OnboardingMeeting} and {@link MeetingData}:
 *       {@code {"id":"…","member":"…","on":"2026-05-04","format":"HYBRID","attendees":["…"],"notes":"…"}};</li>
 *   <li>{@link AssessmentId} and {@link PaymentId} as their UUID;</li>
 *   <li>{@link FeePolicy} as
 *       {@code {"year":2026,"populationYear":2025,"approvedOn":"2026-03-14","decision":"AG 2026-03, acord 4","currency":"EUR","rule":{…},"terms":{…}}},
 *       its {@link FeeRule} as an object naming its {@code type}
 *       ({@code {"type":"flat","amount":"300.00"}}, {@code tiers}, {@code per-inhabitant},
 *       {@code by-kind}, {@code custom}) and its {@link FeeTerms} as
 *       {@code {"dueDays":60,"graceDays":30,"proration":"BY_MONTH","rounding":"HALF_UP","pendingMembersOwe":false,"reminderDays":[-15,1,30]}};
 *       rules and terms alone in the same shapes;</li>
 *   <li>{@link FeeAssessment} without the store's version:
 *       {@code {"id":"…","member":"…","kind":"MUNICIPALITY","year":2026,"issuedOn":"2026-04-01","dueOn":"2026-05-31","graceUntil":"2026-06-30","population":{…},"proration":"BY_MONTH","currency":"EUR","annualFee":"1000.00","owedUnits":10,"unitsInYear":12,"amount":"833.33","corrections":[{"on":"…","amount":"-50.00","reason":"…"}]}};</li>
 *   <li>{@link Payment}:
 *       {@code {"id":"…","member":"…","kind":"PAYMENT","assessment":"…","on":"2026-05-20","currency":"EUR","amount":"500.00","reference":"TRF 0042"}},
 *       {@code "assessment":null} for a refund;</li>
 *   <li>{@link AdvisoryId}, {@link RequestId}, {@link SessionId}, {@link EntryId} and
 *       {@link ProductId} as their UUID;</li>
 *   <li>{@link HourBank} without the store's version:
 *       {@code {"period":"2026","from":"2026-01-01","until":"2026-12-31","granted":"40:00","reserved":"4:00","consumed":"2:15","expired":"0:00"}};</li>
 *   <li>{@link LedgerEntry}:
 *       {@code {"id":"…","period":"2026","kind":"CONSUMPTION","cause":"SESSION_DELIVERED","hours":"2:15","on":"2026-05-04","actor":"…","reference":"","advisory":"…","session":"…"}},
 *       {@code null} for no advisory or session;</li>
 *   <li>{@link Advisory} without the store's version:
 *       {@code {"id":"…","period":"2026","topic":"…","package":{"hours":"4:00","sessions":2},"requests":[{"id":"…","member":"…","person":"…","topic":"…","details":"…","format":"VIRTUAL","package":{…},"requestedOn":"2026-04-20"}],"provider":{"kind":"SECRETARIAT","person":null,"partner":null},"coProvider":null,"sessions":[{"id":"…","start":"2026-05-04T10:00","end":"2026-05-04T12:00","format":"VIRTUAL","status":"DELIVERED","delivered":"2:15","attendance":["…"]}],"status":"SCHEDULED","mergedInto":null,"reserved":"1:45","consumed":"2:15"}},
 *       a session's times as ISO local date and time;</li>
 *   <li>{@link AdvisoryProduct} without the store's version:
 *       {@code {"id":"…","advisory":"…","topic":"…","kind":"SOLUTIONS","title":"…","summary":"","link":"","published":true}};</li>
 *   <li>{@link MentorshipId} as its UUID;</li>
 *   <li>{@link MentorProfile} without the store's version:
 *       {@code {"person":"…","council":"…","topics":["cooperatives"],"open":true,"capacity":2}};</li>
 *   <li>{@link Mentorship} without the store's version:
 *       {@code {"id":"…","mentor":"…","mentorCouncil":"…","mentee":"…","menteeCouncil":"…","topic":"cooperatives","proposal":"…","history":[{"status":"PROPOSED","on":"2026-03-02","by":"…","note":""}],"endsOn":null,"extensions":[],"activities":"","meetings":[{"on":"2026-04-01","format":"IN_PERSON","summary":"…"}],"documentation":null}},
 *       a step's {@code by} {@code null} for a lapse or an expiry, {@code documentation} as
 *       {@code {"summary":"…","link":"…","sharedOn":"2026-11-20"}} once shared;</li>
 *   <li>{@link WorkingGroupId}, {@link GroupProductId} and {@link BudgetEntryId} as their UUID;</li>
 *   <li>{@link WorkingGroup} without the store's version:
 *       {@code {"id":"…","name":"Habitatge cooperatiu","theme":"housing-cooperatives","mandate":"…","need":null,"coordinators":["…"],"coordinator":"…","history":[{"status":"PROPOSED","on":"2026-02-02","reference":""}],"participants":[{"council":"…","person":null,"from":"2026-03-14","until":null}],"meetings":[{"on":"2026-04-01","format":"VIRTUAL","attendees":["…"],"minutes":""}],"products":[{"id":"…","title":"…","kind":"GUIDE","status":"PLANNED","publishedOn":null,"partners":["…"]}]}};</li>
 *   <li>{@link GroupBudget} without the store's version:
 *       {@code {"group":"…","year":2026,"currency":"EUR","allocated":"5000.00","increased":"0.00","committed":"1200.00","spent":"0.00"}};</li>
 *   <li>{@link BudgetEntry}:
 *       {@code {"id":"…","group":"…","year":2026,"kind":"EXPENSE","currency":"EUR","amount":"800.00","on":"2026-06-30","reference":"…","commitment":"…"}},
 *       {@code "commitment":null} for an entry that settles none;</li>
 *   <li>{@link JournalEntry} with its time as an ISO instant, {@code "2026-04-20T09:30:00Z"}.</li>
 * </ul>
 * The fee records carry amounts as strings with two decimals and {@code "currency":"EUR"}; they
 * are read as domain records, so a missing value they need is an error, as are an amount that is
 * not one ({@code money.not-a-number}, {@code money.too-many-decimals}) and a currency other than
 * euros ({@code money.not-euro}). A policy is read as data: whether the assembly could approve it
 * is not checked here. The advisory records carry hours as {@code h:mm} text, and are read as
 * domain records too; hours that are not {@code h:mm} are an error. So are the mentorship
 * records; whether a mentorship's history is one it could have lived is the import's to judge,
 * not the module's. The working-group records too; their amounts are read as the fee records'
 * are.
 * Dates and times are always written as ISO text, whatever the host mapper's settings. A value
 * that cannot be read (a wrong check digit, a history the lifecycle does not allow, a mandate
 * that ends before it starts, a need's follow-up that goes back in time) fails with a Jackson
 * error that names it. The {@code *Data} records are read as they come, missing fields as null,
 * because they are the unchecked forms an import validates; a {@code Member}, a {@code Person}, a
 * {@code Mandate}, a {@code Partner}, a {@code Need}, a {@code Contact} and an
 * {@code OnboardingMeeting} must be whole, only their optional values (an email, a website, a
 * contact person, an expected date, a note) may be missing. In a member, a missing or
 * {@code null} {@code population} or {@code mandates} means none; in a mandate, a missing
 * {@code to} is {@code null}.
 *
 * <h2>As the provider of the {@code json} and {@code jsonl} formats</h2>
 * Registered in {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so
 * {@code xarxa.export("json", out)} and {@code xarxa.importFrom("jsonl", in)} find it.
 * <p>{@code json} is one UTF-8 document, people first, then members, partners, needs, contacts,
 * meetings, fee policies, fee assessments, fee payments, hour banks, ledger entries, advisories,
 * advisory products, mentor profiles, mentorships, working groups, their yearly budgets and the
 * budgets' entries, seats on the network's bodies, events of the calendar, assembly decisions,
 * calls for good practices, the practices submitted to them, trainings and work plans, each kind
 * in an array of its own
 * ({@code people}, {@code members}, …, {@code feePolicies}, {@code feeAssessments},
 * {@code feePayments}, {@code hourBanks}, {@code ledgerEntries}, {@code advisories},
 * {@code advisoryProducts}, {@code mentorProfiles}, {@code mentorships}, {@code workingGroups},
 * {@code groupBudgets}, {@code budgetEntries}, {@code bodySeats}, {@code events},
 * {@code decisions}, {@code practiceCalls}, {@code practiceSubmissions}, {@code trainings},
 * {@code workPlans}), one record per line, so
 * that a person can read
 * it, a diff shows which record changed, and an import error's line points at one record:
 * <pre>{@code
 * {"format":"xarxa","schemaVersion":2,"people":[
 * {"id":"7d1c…","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat","phone":"+34 937 453 100","expertise":["cooperatives","social-economy-policy"]}],"members":[
 * {"id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[{"status":"APPLIED","since":"2026-03-02","reference":""},{"status":"MEMBER","since":"2026-04-20","reference":"AG 2026-04"}],"population":[{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}],"mandates":[{"person":"7d1c…","role":"TECHNICAL_CONTACT","from":"2026-05-01","to":null}]},
 * {"id":"5c1e…","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu","history":[{"status":"APPLIED","since":"2026-03-09","reference":""}],"population":[],"mandates":[]}],"partners":[
 * {"id":"3b9a…","name":"Coop57","kind":"COOPERATIVE","website":"https://coop57.coop","contactPerson":null}],"needs":[
 * {"id":"c4d2…","member":"0a6f…","category":"hiring-and-procurement","description":"Plec de neteja amb clàusules socials","raisedOn":"2026-05-04","expectedOn":"2026-09-01","followUps":[{"on":"2026-05-20","status":"IN_PROGRESS","note":"Assessorament demanat"}]}],"contacts":[
 * {"id":"e1f0…","member":"0a6f…","on":"2026-05-12","channel":"PHONE","topic":"FEE_PAYMENT","note":"","person":"7d1c…"}],"meetings":[
 * {"id":"f7a3…","member":"0a6f…","on":"2026-05-04","format":"HYBRID","attendees":["7d1c…"],"notes":"Reunió d'acollida"}],"feePolicies":[
 * {"year":2026,"populationYear":2025,"approvedOn":"2026-03-14","decision":"AG 2026-03, acord 4","currency":"EUR","rule":{"type":"flat","amount":"300.00"},"terms":{…}}],"feeAssessments":[
 * {"id":"a1b2…","member":"0a6f…","kind":"MUNICIPALITY","year":2026,…,"amount":"225.00","corrections":[]}],"feePayments":[
 * {"id":"b2c3…","member":"0a6f…","kind":"PAYMENT","assessment":"a1b2…","on":"2026-05-20","currency":"EUR","amount":"225.00","reference":"TRF 0042"}],"hourBanks":[
 * {"period":"2026","from":"2026-01-01","until":"2026-12-31","granted":"40:00","reserved":"4:00","consumed":"0:00","expired":"0:00"}],"ledgerEntries":[
 * {"id":"d1e2…","period":"2026","kind":"GRANT","cause":"DECISION","hours":"40:00","on":"2026-01-15","actor":"secretaria","reference":"AG 2026-01","advisory":null,"session":null},
 * {"id":"d2e3…","period":"2026","kind":"RESERVATION","cause":"REQUEST","hours":"4:00","on":"2026-04-20","actor":"secretaria","reference":"","advisory":"e5f6…","session":null}],"advisories":[
 * {"id":"e5f6…","period":"2026","topic":"responsible-public-procurement","package":{"hours":"4:00","sessions":2},"requests":[…],"provider":{"kind":"SECRETARIAT","person":null,"partner":null},"coProvider":null,"sessions":[],"status":"OPEN","mergedInto":null,"reserved":"4:00","consumed":"0:00"}],"advisoryProducts":[],"mentorProfiles":[
 * {"person":"7d1c…","council":"0a6f…","topics":["cooperatives"],"open":true,"capacity":2}],"mentorships":[
 * {"id":"c1d2…","mentor":"7d1c…","mentorCouncil":"0a6f…","mentee":"8e2a…","menteeCouncil":"5c1e…","topic":"cooperatives","proposal":"","history":[{"status":"PROPOSED","on":"2026-05-02","by":"8e2a…","note":""}],"endsOn":null,"extensions":[],"activities":"","meetings":[],"documentation":null}],"workingGroups":[
 * {"id":"a7b8…","name":"Habitatge cooperatiu","theme":"housing-cooperatives","mandate":"","need":"c4d2…","coordinators":["0a6f…"],"coordinator":"7d1c…","history":[{"status":"PROPOSED","on":"2026-05-10","reference":""}],"participants":[],"meetings":[],"products":[]}],"groupBudgets":[
 * {"group":"a7b8…","year":2026,"currency":"EUR","allocated":"5000.00","increased":"0.00","committed":"0.00","spent":"0.00"}],"budgetEntries":[
 * {"id":"b8c9…","group":"a7b8…","year":2026,"kind":"ALLOCATION","currency":"EUR","amount":"5000.00","on":"2026-05-12","reference":"AG 2026-05","commitment":null}],"bodySeats":[
 * {"id":"c2d3…","body":"TECHNICAL_COMMISSION","council":"0a6f…","person":"7d1c…","role":"member","from":"2026-05-01","until":null}],"events":[
 * {"id":"d3e4…","kind":"ORDINARY_ASSEMBLY","title":"Assemblea General","on":"2026-05-12","startsAt":"10:00","endsAt":"13:30","format":"HYBRID","place":"Sabadell","link":"https://meet.xarxa.cat/ag","status":"HELD","attendance":[{"council":"0a6f…","person":"7d1c…"}]}],"decisions":[
 * {"id":"e4f5…","assembly":"d3e4…","on":"2026-05-12","reference":"AG 2026-05 #1","title":"","motion":{"kind":"BUDGET_ALLOCATION","group":"a7b8…","year":2026,"amount":"5000.00"},"votes":[{"council":"0a6f…","choice":"YES","counted":true,"limitCode":""}],"tally":{"eligible":1,"yes":1,"no":0,"abstain":0,"notCounted":0},"rules":{"quorumNumerator":1,"quorumDenominator":2,"majority":"SIMPLE"},"outcome":"CARRIED"}],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[
 * {"id":"f5a6…","title":"Pla de treball 2026","firstYear":2026,"lastYear":2026,"adoptedOn":"2026-03-14","reference":"AG 2026-03","lines":[…]}
 * ]}
 * }
 * }</pre>
 * <p>{@code jsonl} is JSON Lines: one record per line, each naming its {@code type}
 * ({@code person}, {@code member}, {@code partner}, {@code need}, {@code contact},
 * {@code meeting}, {@code fee-policy}, {@code fee-assessment}, {@code fee-payment},
 * {@code hour-bank}, {@code ledger-entry}, {@code advisory}, {@code advisory-product},
 * {@code mentor-profile}, {@code mentorship}, {@code working-group}, {@code group-budget},
 * {@code budget-entry}, {@code body-seat}, {@code event}, {@code assembly-decision},
 * {@code practice-call}, {@code practice-submission}, {@code training}, {@code work-plan}); a header
 * line first, so that even an empty network gives a file an import
 * recognises, then the records in the same order as in {@code json}:
 * <pre>{@code
 * {"type":"header","format":"xarxa","schemaVersion":2}
 * {"type":"person","id":"7d1c…","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat","phone":"+34 937 453 100","expertise":[…]}
 * {"type":"member","id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…],"mandates":[…]}
 * {"type":"need","id":"c4d2…","member":"0a6f…","category":"training","description":"…","raisedOn":"2026-05-04","expectedOn":null,"followUps":[]}
 * }</pre>
 * <p>Records are counted from 1 over the whole file in the order they come, all kinds together,
 * and in both formats record {@code n} is on line {@code n + 1}: an import error's record number
 * alone says which record it is, and its line where.
 * <p>Both are written as the records are read from the store, never all in memory, and read
 * back the same way. A property the reader does not know is refused
 * ({@code import.unknown-property}), named by its JSON path, e.g. {@code $.members[3].nmae}, so
 * that a misspelt field is never silently dropped; blank lines in {@code jsonl} are skipped.
 * Every parser is held to limits against hostile input (64 levels of nesting, texts of 100,000
 * characters, numbers of 30 digits; {@code import.too-large}), and no mapper uses default typing. A missing field is passed on as missing and the import names it;
 * in a fee record, which is read as the domain record the import takes, a missing value the
 * record needs is refused as one of the wrong type ({@code import.wrong-type}).
 * {@code format} and {@code schemaVersion}, and the {@code jsonl} header, are optional, so that a
 * hand-made file imports as the current version, but if present must say {@code "xarxa"} and a
 * version up to {@code 2}; a later one is refused ({@code import.schema-too-new}). A missing or
 * {@code null} array of any kind but members is none, and
 * so are a member's missing {@code population} or {@code mandates}; a missing {@code to} is an
 * open mandate. Records are handed to the import in the order they come, so a need, a contact or a
 * meeting must come after its member, a fee assessment after its member and its year's policy,
 * a payment after its assessment, a ledger entry and an advisory after their hour bank, an
 * advisory product after its advisory, a mentor profile and a mentorship after the people
 * and councils they name, a working group after the need, councils and partners it names, a
 * group's budget after the group and a budget entry after its budget, a seat after its council
 * and person, an event after the councils and people that attended it, a decision after its
 * assembly and what its motion names, a submitted practice after its call, council and contact,
 * a training after its council, and a work plan after what its evidence points at. Anything else wrong (not JSON, a value of the wrong type,
 * an unknown {@code kind}, {@code status}, {@code role}, {@code channel}, {@code topic} or
 * {@code format}, an unknown record {@code type}, a population figure that is not one or two for
 * the same year, a mandate that ends before it starts, a person whose email is not one, a need
 * whose member is not there yet or whose follow-ups go back in time, an amount that is not one
 * or a currency other than euros, an unknown fee rule {@code type}, a second policy for a year, a
 * payment for an assessment that is not there, a mentorship whose history takes a step its
 * statuses do not allow or that was completed without two meetings and its documentation, a
 * working group of an unknown status or whose product names a partner that is not there, a
 * budget whose totals are not the sum of its entries, an entry of a budget that is not there, a
 * decision whose tally does not follow from its votes, a practice whose dates do not fit its
 * status, a done action below 100)
 * refuses the whole import with an
 * {@link cat.xarxa.spi.ImportException} that names the record, its line and the field, by its
 * path inside the record where it is nested (e.g. {@code rule.rules.MUNICIPALITY.floor},
 * {@code corrections[1].amount}).
 *
 * <h3>Versions of the formats</h3>
 * Both formats are at {@code "schemaVersion":2}, which only renamed version 1's
 * {@code "version":1}; a file of version 1 still imports, upgraded step by step by the chain of
 * {@code SchemaUpgrade}s. In version 1, {@code population}, people, {@code mandates},
 * partners, needs, contacts, meetings, the fee records, the advisory records, the mentorship
 * records, the working-group records and the governance, good-practice and work-plan records
 * were added to
 * version 1 later
 * without raising the version, when readers ignored fields they did not know; a file written
 * before they existed
 * still imports, as members without figures or mandates, and no people, partners, care, fee,
 * advisory, mentorship, working-group, governance, good-practice or work-plan records. Since
 * version 2 unknown properties are refused, so any change to the shape raises the version and
 * adds a step to the chain.
 *
 * <h2>A fee policy as a file of its own</h2>
 * {@link #readFeePolicy} and {@link #writeFeePolicy} read and write one policy in the shape the
 * formats use, e.g. the file the secretariat keeps beside the assembly minutes, so that a policy
 * is data from its approval on.
 *
 * <h2>A work plan and a calendar template as files of their own</h2>
 * {@link #readWorkPlan} and {@link #writeWorkPlan} read and write a work plan as an organisation
 * writes it before the assembly adopts it, {@link #readCalendarTemplate} and
 * {@link #writeCalendarTemplate} the yearly calendar a network checks its events against, e.g.
 * {@link CalendarTemplate#plan2022()}. Both start with {@code "version":1}.
 *
 * <p>All registrations are made by the constructor; a mapper takes them when it is built, and
 * the formats keep no state, so one instance may serve many threads.
 */
public final class XarxaJson extends SimpleModule implements FormatProvider {

    /**
     * The module with every serializer and deserializer registered; also the instance
     * {@link java.util.ServiceLoader} creates.
     */
    public XarxaJson() {
        super("xarxa");
        addSerializer(Money.class, new TextValueSerializer<>(Money.class));
        addDeserializer(Money.class, new TextValueDeserializer<>(Money.class, Money::parse, "\"150.00\""));
        addSerializer(Hours.class, new TextValueSerializer<>(Hours.class));
        addDeserializer(Hours.class, new TextValueDeserializer<>(Hours.class, Hours::parse, "\"4:00\""));
        addSerializer(IneCode.class, new TextValueSerializer<>(IneCode.class));
        addDeserializer(IneCode.class, new TextValueDeserializer<>(IneCode.class, IneCode::parse, "\"081878\""));
        addSerializer(MemberId.class, new TextValueSerializer<>(MemberId.class));
        addDeserializer(MemberId.class, new TextValueDeserializer<>(MemberId.class, MemberId::parse, "a UUID"));
        addSerializer(PersonId.class, new TextValueSerializer<>(PersonId.class));
        addDeserializer(PersonId.class, new TextValueDeserializer<>(PersonId.class, PersonId::parse, "a UUID"));
        addSerializer(StatusChange.class, new StatusChangeSerializer());
        addDeserializer(StatusChange.class, new StatusChangeDeserializer());
        addSerializer(MemberData.class, new MemberDataSerializer());
        addDeserializer(MemberData.class, new MemberDataDeserializer());
        addSerializer(Member.class, new MemberSerializer());
        addDeserializer(Member.class, new MemberDeserializer());
        addSerializer(Mandate.class, new MandateSerializer());
        addDeserializer(Mandate.class, new MandateDeserializer());
        addSerializer(PersonData.class, new PersonDataSerializer());
        addDeserializer(PersonData.class, new PersonDataDeserializer());
        addSerializer(Person.class, new PersonSerializer());
        addDeserializer(Person.class, new PersonDeserializer());
        addSerializer(PartnerId.class, new TextValueSerializer<>(PartnerId.class));
        addDeserializer(PartnerId.class, new TextValueDeserializer<>(PartnerId.class, PartnerId::parse, "a UUID"));
        addSerializer(PartnerData.class, new ShapeSerializer<>(PartnerData.class, PartnerShape::writeFields));
        addDeserializer(PartnerData.class,
                new RecordDataDeserializer<>(PartnerData.class, PartnerRecordReader::read, "partner"));
        addSerializer(Partner.class, new ShapeSerializer<>(Partner.class,
                (json, partner) -> PartnerShape.writeFields(json, PartnerData.of(partner))));
        addDeserializer(Partner.class, new PartnerDeserializer());
        addSerializer(NeedId.class, new TextValueSerializer<>(NeedId.class));
        addDeserializer(NeedId.class, new TextValueDeserializer<>(NeedId.class, NeedId::parse, "a UUID"));
        addSerializer(NeedData.class, new ShapeSerializer<>(NeedData.class, NeedShape::writeFields));
        addDeserializer(NeedData.class, new RecordDataDeserializer<>(NeedData.class, NeedRecordReader::read, "need"));
        addSerializer(Need.class, new ShapeSerializer<>(Need.class,
                (json, need) -> NeedShape.writeFields(json, NeedData.of(need))));
        addDeserializer(Need.class, new NeedDeserializer());
        addSerializer(ContactId.class, new TextValueSerializer<>(ContactId.class));
        addDeserializer(ContactId.class, new TextValueDeserializer<>(ContactId.class, ContactId::parse, "a UUID"));
        addSerializer(ContactData.class, new ShapeSerializer<>(ContactData.class, ContactShape::writeFields));
        addDeserializer(ContactData.class,
                new RecordDataDeserializer<>(ContactData.class, ContactRecordReader::read, "contact"));
        addSerializer(Contact.class, new ShapeSerializer<>(Contact.class,
                (json, contact) -> ContactShape.writeFields(json, ContactData.of(contact))));
        addDeserializer(Contact.class, new ContactDeserializer());
        addSerializer(MeetingId.class, new TextValueSerializer<>(MeetingId.class));
        addDeserializer(MeetingId.class, new TextValueDeserializer<>(MeetingId.class, MeetingId::parse, "a UUID"));
        addSerializer(MeetingData.class, new ShapeSerializer<>(MeetingData.class, MeetingShape::writeFields));
        addDeserializer(MeetingData.class,
                new RecordDataDeserializer<>(MeetingData.class, MeetingRecordReader::read, "meeting"));
        addSerializer(OnboardingMeeting.class, new ShapeSerializer<>(OnboardingMeeting.class,
                (json, meeting) -> MeetingShape.writeFields(json, MeetingData.of(meeting))));
        addDeserializer(OnboardingMeeting.class, new OnboardingMeetingDeserializer());
        addSerializer(AssessmentId.class, new TextValueSerializer<>(AssessmentId.class));
        addDeserializer(AssessmentId.class,
                new TextValueDeserializer<>(AssessmentId.class, AssessmentId::parse, "a UUID"));
        addSerializer(PaymentId.class, new TextValueSerializer<>(PaymentId.class));
        addDeserializer(PaymentId.class, new TextValueDeserializer<>(PaymentId.class, PaymentId::parse, "a UUID"));
        addSerializer(FeeRule.class, new ShapeSerializer<>(FeeRule.class, FeeRuleShape::writeFields));
        addDeserializer(FeeRule.class, new WholeRecordDeserializer<>(FeeRule.class,
                rule -> FeeRuleReader.read(rule, "", Amounts.inEuros()), "fee rule"));
        addSerializer(FeeTerms.class, new ShapeSerializer<>(FeeTerms.class, FeePolicyShape::writeTermsFields));
        addDeserializer(FeeTerms.class, new WholeRecordDeserializer<>(FeeTerms.class,
                terms -> FeePolicyReader.terms(TreeFields.object(terms, ""), ""), "fee terms"));
        addSerializer(FeePolicy.class, new ShapeSerializer<>(FeePolicy.class, FeePolicyShape::writeFields));
        addDeserializer(FeePolicy.class,
                new WholeRecordDeserializer<>(FeePolicy.class, FeePolicyReader::read, "fee policy"));
        addSerializer(FeeAssessment.class, new ShapeSerializer<>(FeeAssessment.class, AssessmentShape::writeFields));
        addDeserializer(FeeAssessment.class,
                new WholeRecordDeserializer<>(FeeAssessment.class, AssessmentReader::read, "fee assessment"));
        addSerializer(Payment.class, new ShapeSerializer<>(Payment.class, PaymentShape::writeFields));
        addDeserializer(Payment.class, new WholeRecordDeserializer<>(Payment.class, PaymentReader::read, "payment"));
        addSerializer(AdvisoryId.class, new TextValueSerializer<>(AdvisoryId.class));
        addDeserializer(AdvisoryId.class, new TextValueDeserializer<>(AdvisoryId.class, AdvisoryId::parse, "a UUID"));
        addSerializer(RequestId.class, new TextValueSerializer<>(RequestId.class));
        addDeserializer(RequestId.class, new TextValueDeserializer<>(RequestId.class, RequestId::parse, "a UUID"));
        addSerializer(SessionId.class, new TextValueSerializer<>(SessionId.class));
        addDeserializer(SessionId.class, new TextValueDeserializer<>(SessionId.class, SessionId::parse, "a UUID"));
        addSerializer(EntryId.class, new TextValueSerializer<>(EntryId.class));
        addDeserializer(EntryId.class, new TextValueDeserializer<>(EntryId.class, EntryId::parse, "a UUID"));
        addSerializer(ProductId.class, new TextValueSerializer<>(ProductId.class));
        addDeserializer(ProductId.class, new TextValueDeserializer<>(ProductId.class, ProductId::parse, "a UUID"));
        addSerializer(HourBank.class, new ShapeSerializer<>(HourBank.class, HourBankShape::writeFields));
        addDeserializer(HourBank.class, new WholeRecordDeserializer<>(HourBank.class, HourBankReader::read, "hour bank"));
        addSerializer(LedgerEntry.class, new ShapeSerializer<>(LedgerEntry.class, LedgerEntryShape::writeFields));
        addDeserializer(LedgerEntry.class,
                new WholeRecordDeserializer<>(LedgerEntry.class, LedgerEntryReader::read, "ledger entry"));
        addSerializer(Advisory.class, new ShapeSerializer<>(Advisory.class, AdvisoryShape::writeFields));
        addDeserializer(Advisory.class, new WholeRecordDeserializer<>(Advisory.class, AdvisoryReader::read, "advisory"));
        addSerializer(AdvisoryProduct.class,
                new ShapeSerializer<>(AdvisoryProduct.class, AdvisoryProductShape::writeFields));
        addDeserializer(AdvisoryProduct.class, new WholeRecordDeserializer<>(AdvisoryProduct.class,
                AdvisoryProductReader::read, "advisory material"));
        addSerializer(MentorshipId.class, new TextValueSerializer<>(MentorshipId.class));
        addDeserializer(MentorshipId.class,
                new TextValueDeserializer<>(MentorshipId.class, MentorshipId::parse, "a UUID"));
        addSerializer(MentorProfile.class, new ShapeSerializer<>(MentorProfile.class, MentorProfileShape::writeFields));
        addDeserializer(MentorProfile.class, new WholeRecordDeserializer<>(MentorProfile.class,
                MentorProfileReader::read, "mentor profile"));
        addSerializer(Mentorship.class, new ShapeSerializer<>(Mentorship.class, MentorshipShape::writeFields));
        addDeserializer(Mentorship.class,
                new WholeRecordDeserializer<>(Mentorship.class, MentorshipReader::read, "mentorship"));
        addSerializer(WorkingGroupId.class, new TextValueSerializer<>(WorkingGroupId.class));
        addDeserializer(WorkingGroupId.class,
                new TextValueDeserializer<>(WorkingGroupId.class, WorkingGroupId::parse, "a UUID"));
        addSerializer(GroupProductId.class, new TextValueSerializer<>(GroupProductId.class));
        addDeserializer(GroupProductId.class,
                new TextValueDeserializer<>(GroupProductId.class, GroupProductId::parse, "a UUID"));
        addSerializer(BudgetEntryId.class, new TextValueSerializer<>(BudgetEntryId.class));
        addDeserializer(BudgetEntryId.class,
                new TextValueDeserializer<>(BudgetEntryId.class, BudgetEntryId::parse, "a UUID"));
        addSerializer(WorkingGroup.class, new ShapeSerializer<>(WorkingGroup.class, WorkingGroupShape::writeFields));
        addDeserializer(WorkingGroup.class,
                new WholeRecordDeserializer<>(WorkingGroup.class, WorkingGroupReader::read, "working group"));
        addSerializer(GroupBudget.class, new ShapeSerializer<>(GroupBudget.class, GroupBudgetShape::writeFields));
        addDeserializer(GroupBudget.class, new WholeRecordDeserializer<>(GroupBudget.class, GroupBudgetReader::read,
                "working group budget"));
        addSerializer(BudgetEntry.class, new ShapeSerializer<>(BudgetEntry.class, BudgetEntryShape::writeFields));
        addDeserializer(BudgetEntry.class,
                new WholeRecordDeserializer<>(BudgetEntry.class, BudgetEntryReader::read, "budget entry"));
        addSerializer(JournalEntry.class, new JournalEntrySerializer());
        addDeserializer(JournalEntry.class, new JournalEntryDeserializer());
    }

    /**
     * Reads a fee policy kept as a file of its own, one JSON object in the shape above, e.g. the
     * file the secretariat keeps beside the assembly minutes. {@code terms}, each of its fields
     * and {@code currency} may be left out: the terms default to {@link FeeTerms#DEFAULT}'s, the
     * amounts are euros. Reading does not approve the policy nor judge it as the assembly would
     * (overlapping bands, a floor above the cap, days out of range, a calculator that is not
     * plugged in): {@code xarxa.fees().approvePolicy(policy)} does, and refuses it with reasons.
     *
     * @param in the file, UTF-8 (or UTF-16 or UTF-32); not closed
     * @return the policy as written
     * @throws cat.xarxa.spi.ImportException if the text is not a policy: not JSON, a missing
     *                                       {@code year}, {@code populationYear}, {@code approvedOn}
     *                                       or {@code rule}, a value of the wrong type, an unknown
     *                                       rule {@code type}, an amount that is not a number
     *                                       ({@code money.not-a-number}) or has more than two
     *                                       decimals ({@code money.too-many-decimals}), a
     *                                       currency other than {@code EUR}
     *                                       ({@code money.not-euro}); it names the field by its
     *                                       path, e.g. {@code rule.rules.MUNICIPALITY.floor}, in
     *                                       Catalan, Spanish and English
     * @throws IOException                   if reading fails
     */
    public static FeePolicy readFeePolicy(InputStream in) throws IOException {
        return FeePolicyFile.read(in);
    }

    /**
     * Writes a fee policy as a file of its own, in the shape {@link #readFeePolicy} reads back
     * to an equal policy: indented, every term given, amounts as text with two decimals, ending
     * with a line break.
     *
     * @param policy the policy
     * @param out    where to write it, as UTF-8; not closed
     * @throws IOException if writing fails
     */
    public static void writeFeePolicy(FeePolicy policy, OutputStream out) throws IOException {
        FeePolicyFile.write(policy, out);
    }

    /**
     * Reads a work plan kept as a file of its own, as an organisation writes it before the
     * assembly adopts it: one JSON object,
     * {@code {"version":1,"title":"Pla de treball 2017-2019","firstYear":2017,"lastYear":2019,"adoptedOn":"2017-03-18","reference":"AG 2017-03","lines":[…]}},
     * its lines, objectives and actions in the shape of a {@code work-plan} record's, without the
     * actions' {@code status}, {@code progress} and {@code evidence}, which are not read if
     * written: an adopted action starts planned, at 0. {@code version} may be left out, but if
     * given must be {@code 1}; {@code reference} and the lists may be left out, meaning none.
     * Reading does not adopt the plan nor judge it as a whole (a period that runs backwards, a
     * code used twice, a cell outside the period, an action nobody answers for):
     * {@code xarxa.workPlans().adopt(plan)} does, and refuses it with reasons.
     *
     * @param in the file, UTF-8 (or UTF-16 or UTF-32); not closed
     * @return the plan to adopt, as written
     * @throws cat.xarxa.spi.ImportException if the text is not a plan: not JSON, a version other
     *                                       than 1, a missing {@code title}, {@code firstYear},
     *                                       {@code lastYear} or {@code adoptedOn}, a value of the
     *                                       wrong type, an unknown party {@code kind} or
     *                                       {@code body}, a cell of the timetable that is neither
     *                                       {@code 2017} nor {@code 2018-S1}, a party that is a
     *                                       body without naming it, another party without a name,
     *                                       a blank title, a year out of 1900–2999 or no line; it
     *                                       names the field by its path, e.g.
     *                                       {@code lines[0].objectives[1].actions[2].when[0]}, in
     *                                       Catalan, Spanish and English
     * @throws IOException                   if reading fails
     */
    public static AdoptWorkPlan readWorkPlan(InputStream in) throws IOException {
        return StandaloneFile.read(in, true, WorkPlanReader::adoption);
    }

    /**
     * Writes a work plan to adopt as a file of its own, in the shape {@link #readWorkPlan} reads
     * back to an equal plan: indented, {@code "version":1} first, every field given, ending with
     * a line break.
     *
     * @param plan the plan
     * @param out  where to write it, as UTF-8; not closed
     * @throws IOException if writing fails
     */
    public static void writeWorkPlan(AdoptWorkPlan plan, OutputStream out) throws IOException {
        StandaloneFile.write(out, true, plan, WorkPlanShape::writeAdoptionFields);
    }

    /**
     * Reads a yearly calendar template kept as a file of its own, for
     * {@code xarxa.governance().checkCalendar(year, template)}: one JSON object,
     * {@code {"version":1,"name":"plan-2022","slots":[{"label":"working-groups-plenary","kind":"WORKING_GROUPS_PLENARY","from":"JANUARY","to":"FEBRUARY","format":"IN_PERSON"}]}},
     * each slot's {@code kind} an {@link cat.xarxa.governance.EventKind}, {@code from} and
     * {@code to} months by name (both included) and {@code format} a
     * {@link cat.xarxa.common.MeetingFormat}. {@code version} may be left out, but if given must
     * be {@code 1}; {@code slots} may be left out, meaning none.
     *
     * @param in the file, UTF-8 (or UTF-16 or UTF-32); not closed
     * @return the template as written
     * @throws cat.xarxa.spi.ImportException if the text is not a template: not JSON, a version
     *                                       other than 1, a missing {@code name} or slot field, a
     *                                       value of the wrong type, an unknown kind, month or
     *                                       format, a blank label, a window that runs backwards
     *                                       ({@code slots[n].to}) or a label used twice
     *                                       ({@code slots[n].label}); it names the field by its
     *                                       path, in Catalan, Spanish and English
     * @throws IOException                   if reading fails
     */
    public static CalendarTemplate readCalendarTemplate(InputStream in) throws IOException {
        return StandaloneFile.read(in, true, CalendarTemplateReader::read);
    }

    /**
     * Writes a calendar template as a file of its own, in the shape {@link #readCalendarTemplate}
     * reads back to an equal template: indented, {@code "version":1} first, ending with a line
     * break.
     *
     * @param template the template, e.g. {@link CalendarTemplate#plan2022()}
     * @param out      where to write it, as UTF-8; not closed
     * @throws IOException if writing fails
     */
    public static void writeCalendarTemplate(CalendarTemplate template, OutputStream out) throws IOException {
        StandaloneFile.write(out, true, template, CalendarTemplateShape::writeFields);
    }

    /**
     * Writes a person's subject access ({@code xarxa.privacy().subjectAccess(person)}) as one
     * indented UTF-8 JSON document, for the person who asked for it:
     * {@code {"format":"xarxa-subject-access","version":1,"person":{…},"erased":false,"mandates":[…],"contacts":[…],"onboardingMeetings":[…],"partnerContacts":[…],"advisoryRequests":[…],"advisoriesProvided":[…],"mentorProfile":null,"mentorships":[…],"groupParticipations":[…],"groupsCoordinated":[…],"groupMeetings":[…],"seats":[…],"eventsAttended":[…],"practiceSubmissions":[…],"journal":[…]}}.
     * Ids are written as text, dates as ISO dates; the person, contacts, onboarding meetings,
     * mentor profile, mentorships, seats and practice submissions in the shapes above; a record
     * shared with other people (an advisory, a working group, an event) only through the part
     * that names this person. Every array is written, empty ones as {@code []}; the shape is
     * documented in {@code docs/privacy.md}.
     *
     * @param access the person's data
     * @param out    where to write it, as UTF-8; not closed
     * @throws IOException if writing fails
     */
    public static void writeSubjectAccess(cat.xarxa.privacy.SubjectAccess access, OutputStream out) throws IOException {
        StandaloneFile.write(out, false, java.util.Objects.requireNonNull(access, "access"), SubjectAccessShape::writeFields);
    }

    /** {@code json} and {@code jsonl}. */
    @Override
    public List<ExportFormat> exportFormats() {
        return List.of(new JsonDocumentExport(), new JsonLinesExport());
    }

    /** {@code json} and {@code jsonl}. */
    @Override
    public List<ImportFormat> importFormats() {
        return List.of(new JsonDocumentImport(), new JsonLinesImport());
    }
}
