package cat.xarxa.jdbc;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown in logs and messages: with any password masked. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd)=)[^&;]*");
    private static final Pattern PASSWORD_IN_AUTHORITY = Pattern.compile("//([^:/@]+):[^@/]*@");

    private JdbcUrls() {
    }

    static String withoutPassword(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return PASSWORD_IN_AUTHORITY.matcher(masked).replaceAll("//$1:****@");
    }

    /** The sub-protocol that names the database, e.g. {@code postgresql} for {@code jdbc:postgresql://...}. */
    static String subprotocol(String url) {
        String rest = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        int end = rest.indexOf(':');
        return end < 0 ? rest : rest.substring(0, end);
    }
}
