package cat.xarxa.spi;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonData;

/**
 * Takes the records an import format reads, checks each and stores it in the import's unit of
 * work.
 */
public interface ImportSink {

    /**
     * One member.
     *
     * @param where where the record was found, for error messages
     * @param data  the record as read
     * @throws ImportException naming the record and the field if it is wrong
     */
    void member(RecordLocation where, MemberData data);

    /**
     * One person. People come before the members whose mandates name them.
     *
     * @param where where the record was found, for error messages
     * @param data  the record as read
     * @throws ImportException naming the record and the field if it is wrong; a sink that takes
     *                         no people refuses the record
     */
    default void person(RecordLocation where, PersonData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "person"), null);
    }
}
