package cat.xarxa.json;

import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Money;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
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
 *       {@link IneCode} as {@code "081878"}; {@link MemberId} and {@link PersonId} as their UUID;</li>
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
 *   <li>{@link JournalEntry} with its time as an ISO instant, {@code "2026-04-20T09:30:00Z"}.</li>
 * </ul>
 * Dates and times are always written as ISO text, whatever the host mapper's settings. A value
 * that cannot be read (a wrong check digit, a history the lifecycle does not allow, a mandate
 * that ends before it starts) fails with a Jackson error that names it. A {@code MemberData} or
 * {@code PersonData} is read as it comes, missing fields as null, because it is the unchecked
 * form an import validates; a {@code Member}, a {@code Person} and a {@code Mandate} must be
 * whole. In a member, a missing or {@code null} {@code population} or {@code mandates} means
 * none; in a mandate, a missing {@code to} is {@code null}.
 *
 * <h2>As the provider of the {@code json} and {@code jsonl} formats</h2>
 * Registered in {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so
 * {@code xarxa.export("json", out)} and {@code xarxa.importFrom("jsonl", in)} find it.
 * <p>{@code json} is one UTF-8 document, people first, then members, one record per line, so
 * that a person can read it, a diff shows which record changed, and an import error's line
 * points at one record:
 * <pre>{@code
 * {"format":"xarxa","version":1,"people":[
 * {"id":"7d1c…","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat","phone":"+34 937 453 100","expertise":["cooperatives","social-economy-policy"]}],"members":[
 * {"id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[{"status":"APPLIED","since":"2026-03-02","reference":""},{"status":"MEMBER","since":"2026-04-20","reference":"AG 2026-04"}],"population":[{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}],"mandates":[{"person":"7d1c…","role":"TECHNICAL_CONTACT","from":"2026-05-01","to":null}]},
 * {"id":"5c1e…","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu","history":[{"status":"APPLIED","since":"2026-03-09","reference":""}],"population":[],"mandates":[]}
 * ]}
 * }</pre>
 * <p>{@code jsonl} is JSON Lines: one record per line, each naming its {@code type}; a header
 * line first, so that even an empty network gives a file an import recognises, then the people,
 * then the members:
 * <pre>{@code
 * {"type":"header","format":"xarxa","version":1}
 * {"type":"person","id":"7d1c…","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat","phone":"+34 937 453 100","expertise":[…]}
 * {"type":"member","id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…],"mandates":[…]}
 * }</pre>
 * <p>Records are counted from 1 over the whole file in the order they come, people and members
 * together, and in both formats record {@code n} is on line {@code n + 1}: an import error's
 * record number alone says which record it is, and its line where.
 * <p>Both are written as the records are read from the store, never all in memory, and read
 * back the same way. Reading is lenient where it is safe: fields it does not know are
 * ignored, so a file written by a later version with more fields still imports; blank lines in
 * {@code jsonl} are skipped. A missing field is passed on as missing and the import names it.
 * {@code format} and {@code version}, and the {@code jsonl} header, are optional, so that a
 * hand-made file imports, but if present must say {@code "xarxa"} and {@code 1}. A missing or
 * {@code null} {@code people}, {@code population} or {@code mandates} is none, and a missing
 * {@code to} an open mandate. Anything else wrong (not JSON, a value of the wrong type, an
 * unknown {@code kind}, {@code status} or {@code role}, an unknown record {@code type}, a
 * population figure that is not one or two for the same year, a mandate that ends before it
 * starts, a person whose email is not one) refuses the whole import with an
 * {@link cat.xarxa.spi.ImportException} that names the record, its line and the field.
 *
 * <h3>Versions of the formats</h3>
 * Both formats are at {@code "version":1}. {@code population}, people and {@code mandates} were
 * added to version 1 later without raising the version, because adding a field or a record type
 * is compatible both ways: readers that predate them ignore fields they do not know, so they
 * still read a newer {@code json} file (without the additions; an older {@code jsonl} reader
 * refuses the new {@code person} lines as an unknown record type, which says plainly that it is
 * too old), and a file written before they existed still imports, as members without figures
 * or mandates and no people. The version goes up only for a change an older reader would misread.
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
        addSerializer(JournalEntry.class, new JournalEntrySerializer());
        addDeserializer(JournalEntry.class, new JournalEntryDeserializer());
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
