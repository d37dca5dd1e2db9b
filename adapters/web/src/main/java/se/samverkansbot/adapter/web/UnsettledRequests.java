package se.samverkansbot.adapter.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The request ids this instance told "it is not known whether it was saved", the latest few thousand: a resend of
 * one that then fails before anything is sent wrote nothing itself, but the first attempt may have, so the person
 * still hears that it is not known. Kept in memory: a resend that reaches another instance is answered by what that
 * instance knows.
 */
final class UnsettledRequests {
    private static final int KEPT = 10_000;

    private final Set<String> unknown = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KEPT;
        }
    }));

    void unknown(String requestId) {
        if (requestId != null) {
            unknown.add(requestId);
        }
    }

    boolean wasUnknown(String requestId) {
        return requestId != null && unknown.contains(requestId);
    }
}
