package cat.xarxa.spi;

import cat.xarxa.member.Members;
import cat.xarxa.member.People;

/**
 * The ports of one unit of work. Each area adds its port here as it is built; a storage
 * adapter implements all of them over the same connection or snapshot.
 */
public interface Transaction {

    /** The members. */
    Members members();

    /** The people of the network. */
    People people();

    /** The journal of events. */
    Journal journal();
}
