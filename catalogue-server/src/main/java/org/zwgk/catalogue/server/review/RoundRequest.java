package org.zwgk.catalogue.server.review;

import java.util.List;

/**
 * {@code POST /api/v1/rounds}: a new round as a reviewer asks for it, before it is understood.
 *
 * @param name       the round's name
 * @param edition    the bundled parent edition's id
 * @param level      the localities' level (e.g. 县级 or county), optional
 * @param asOf       the check date, ISO; today in China when absent
 * @param deadline   the upload deadline, ISO, optional
 * @param localities the localities expected, in order
 */
public record RoundRequest(String name, String edition, String level, String asOf, String deadline,
        List<LocalityRequest> localities) {

    /**
     * A locality expected.
     *
     * @param name  its name
     * @param level its level, optional
     * @param code  its 行政区划代码 (6 or 12 digits), optional
     */
    public record LocalityRequest(String name, String level, String code) {
    }
}
