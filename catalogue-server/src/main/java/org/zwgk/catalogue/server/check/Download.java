package org.zwgk.catalogue.server.check;

import java.util.Base64;

/**
 * A download offered on the result page, carried in the page itself as a {@code data:} link with the
 * {@code download} attribute: the server keeps nothing after the response, so there is nothing to fetch later.
 *
 * @param label    what it is, in the page's language
 * @param fileName the file name the browser saves it as
 * @param uri      {@code data:<type>;base64,…}
 * @param bytes    its size
 */
record Download(String label, String fileName, String uri, int bytes) {

    static Download of(String label, String fileName, String mediaType, byte[] content) {
        return new Download(label, fileName, "data:" + mediaType + ";base64," + Base64.getEncoder()
                .encodeToString(content), content.length);
    }
}
