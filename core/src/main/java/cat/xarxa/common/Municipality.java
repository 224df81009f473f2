package cat.xarxa.common;

import java.util.Objects;

/**
 * One row of the official list of Spanish municipalities (INE).
 *
 * @param code          the INE code with its check digit; never null
 * @param name          the official name; never null
 * @param provinceCode  two digits, e.g. {@code 08}
 * @param communityCode two digits of the autonomous community, e.g. {@code 09} for Catalonia
 */
public record Municipality(IneCode code, String name, String provinceCode, String communityCode) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(communityCode, "communityCode");
    }
}
