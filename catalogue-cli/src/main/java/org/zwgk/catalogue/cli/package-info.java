/** The zwgk-catalogue command line. */
package org.zwgk.catalogue.cli;
