package cat.xarxa.spi;

import cat.xarxa.member.MemberData;

/** Takes the records an import format reads, checks each and stores it in the import's unit of work. */
public interface ImportSink {

    /**
     * One member.
     *
     * @param where where the record was found, for error messages
     * @param data  the record as read
     * @throws ImportException naming the record and the field if it is wrong
     */
    void member(RecordLocation where, MemberData data);
}
