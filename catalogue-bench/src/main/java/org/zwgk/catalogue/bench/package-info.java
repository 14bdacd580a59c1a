/** JMH benchmarks of reading and checking catalogues. */
package org.zwgk.catalogue.bench;
