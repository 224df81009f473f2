package cat.xarxa.spi;

import cat.xarxa.member.Member;
import java.util.stream.Stream;

/** What an export reads, within one unit of work so that it sees one consistent state. */
public interface ExportSource {

    /** Every member in id order, read as consumed; close the stream. */
    Stream<Member> members();
}
