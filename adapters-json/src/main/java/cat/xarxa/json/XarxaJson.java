package cat.xarxa.json;

import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Money;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
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
 *       {@link IneCode} as {@code "081878"}; {@link MemberId} as its UUID;</li>
 *   <li>{@link StatusChange} as {@code {"status":"MEMBER","since":"2026-04-20","reference":"AG 2026-04"}};</li>
 *   <li>{@link Member} and {@link MemberData} in the same shape, without the store's version:
 *       {@code {"id":"…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…]}},
 *       each population figure as
 *       {@code {"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}}, by year;</li>
 *   <li>{@link JournalEntry} with its time as an ISO instant, {@code "2026-04-20T09:30:00Z"}.</li>
 * </ul>
 * Dates and times are always written as ISO text, whatever the host mapper's settings. A value
 * that cannot be read (a wrong check digit, a history the lifecycle does not allow) fails with
 * a Jackson error that names it. A {@code MemberData} is read as it comes, missing fields as
 * null, because it is the unchecked form an import validates; a {@code Member} must be whole.
 * In both, a missing or {@code null} {@code population} means no figures.
 *
 * <h2>As the provider of the {@code json} and {@code jsonl} formats</h2>
 * Registered in {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so
 * {@code xarxa.export("json", out)} and {@code xarxa.importFrom("jsonl", in)} find it.
 * <p>{@code json} is one UTF-8 document, one member per line, so that a person can read it, a
 * diff shows which member changed, and an import error's line points at one member:
 * <pre>{@code
 * {"format":"xarxa","version":1,"members":[
 * {"id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[{"status":"APPLIED","since":"2026-03-02","reference":""},{"status":"MEMBER","since":"2026-04-20","reference":"AG 2026-04"}],"population":[{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}]},
 * {"id":"5c1e…","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu","history":[{"status":"APPLIED","since":"2026-03-09","reference":""}],"population":[]}
 * ]}
 * }</pre>
 * <p>{@code jsonl} is JSON Lines: one record per line, each naming its {@code type}; a header
 * line first, so that even a network without members gives a file an import recognises:
 * <pre>{@code
 * {"type":"header","format":"xarxa","version":1}
 * {"type":"member","id":"0a6f…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…]}
 * }</pre>
 * In both, member {@code n} is on line {@code n + 1}.
 * <p>Both are written as the members are read from the store, never all in memory, and read
 * back the same way. Reading is lenient where it is safe: fields it does not know are
 * ignored, so a file written by a later version with more fields still imports; blank lines in
 * {@code jsonl} are skipped. A missing field is passed on as missing and the import names it.
 * {@code format} and {@code version}, and the {@code jsonl} header, are optional, so that a
 * hand-made file imports, but if present must say {@code "xarxa"} and {@code 1}. A missing or
 * {@code null} {@code population} is no figures. Anything else wrong (not JSON, a value of the
 * wrong type, an unknown {@code kind} or {@code status}, an unknown record {@code type}, a
 * population figure that is not one or two for the same year) refuses the whole import with an
 * {@link cat.xarxa.spi.ImportException} that names the record, its line and the field.
 *
 * <h3>Versions of the formats</h3>
 * Both formats are at {@code "version":1}. {@code population} was added to version 1 later
 * without raising the version, because adding a field is compatible both ways: readers that
 * predate it ignore fields they do not know, so they still read a newer file (without the
 * figures), and a file written before the field existed still imports, as a member without
 * figures. The version goes up only for a change an older reader would misread.
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
        addSerializer(StatusChange.class, new StatusChangeSerializer());
        addDeserializer(StatusChange.class, new StatusChangeDeserializer());
        addSerializer(MemberData.class, new MemberDataSerializer());
        addDeserializer(MemberData.class, new MemberDataDeserializer());
        addSerializer(Member.class, new MemberSerializer());
        addDeserializer(Member.class, new MemberDeserializer());
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
