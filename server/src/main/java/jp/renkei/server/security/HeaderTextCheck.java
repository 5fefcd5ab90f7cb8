package jp.renkei.server.security;

import java.util.function.Predicate;

/**
 * The check Spring Security's {@code StrictHttpFirewall} makes of every header name and value and every parameter name
 * it hands out (no control characters, no unassigned code points), without its regular expression. The firewall runs
 * the check each time a header is read, and the bearer token, about a kilobyte, is read several times per request: the
 * regular expression took a tenth of a search's server CPU (JFR, src/bench/README.md, "Security overhead"), and on
 * header names another 2-3 % of a search. Same rule, a plain loop.
 */
final class HeaderTextCheck implements Predicate<String> {

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
