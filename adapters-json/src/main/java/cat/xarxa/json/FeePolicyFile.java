package cat.xarxa.json;

import cat.xarxa.fee.FeePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A fee policy as a file of its own, one JSON object in {@link FeePolicyShape}'s shape, e.g. the
 * one the secretariat keeps beside the assembly minutes. Written indented, for a person to read
 * and edit; read as the formats read a policy record, and refused in the same words: the policy
 * is record 1, on the line its object starts on ({@link StandaloneFile}).
 */
final class FeePolicyFile {

    private FeePolicyFile() {
    }

    /**
     * Reads the policy a file holds; does not close the stream.
     *
     * @throws cat.xarxa.spi.ImportException naming the field if the text is not a policy
     * @throws IOException                   if reading fails
     */
    static FeePolicy read(InputStream in) throws IOException {
        return StandaloneFile.read(in, false, FeePolicyReader::read);
    }

    /**
     * Writes a policy, indented, ending with a line break; does not close the stream.
     *
     * @throws IOException if writing fails
     */
    static void write(FeePolicy policy, OutputStream out) throws IOException {
        StandaloneFile.write(out, false, policy, FeePolicyShape::writeFields);
    }
}
