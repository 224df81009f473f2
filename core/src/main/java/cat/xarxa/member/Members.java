package cat.xarxa.member;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members as a store holds them (port). A storage adapter implements it inside a unit of
 * work ({@link cat.xarxa.spi.Transaction}); all its calls see that unit's own changes.
 */
public interface Members {

    /** The member with this id, if stored. */
    Optional<Member> find(MemberId id);

    /** The member of this kind with this official code, if stored. */
    Optional<Member> findByOfficialCode(MemberKind kind, String officialCode);

    /**
     * Stores a member: inserts it if its {@link Member#version()} is 0, otherwise updates it
     * only if the stored version is still {@code member.version()}.
     *
     * <p>A store may write new members behind and report a conflict only when the unit of
     * work flushes or commits. Either way, after a
     * {@link cat.xarxa.common.ConcurrentUpdateException} the whole unit of work is lost (some
     * databases abort the transaction): read again and repeat the command.
     *
     * @return the version now stored (the given version plus one)
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed or
     *                                                    inserted the same member (or the same
     *                                                    official code) first
     */
    long save(Member member);

    /**
     * Every member, in id order, read as the stream is consumed. Close the stream (use
     * try-with-resources); it is valid only inside its unit of work.
     */
    Stream<Member> all();

    /** How many members are stored. */
    long count();
}
