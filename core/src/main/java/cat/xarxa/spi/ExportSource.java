package cat.xarxa.spi;

import cat.xarxa.member.Member;
import cat.xarxa.member.Person;
import java.util.stream.Stream;

/** What an export reads, within one unit of work so that it sees one consistent state. */
public interface ExportSource {

    /** Every member in id order, read as consumed; close the stream. */
    Stream<Member> members();

    /**
     * Every person in id order, read as consumed; close the stream. People hold personal data:
     * a format for publication leaves them out.
     */
    default Stream<Person> people() {
        return Stream.empty();
    }
}
