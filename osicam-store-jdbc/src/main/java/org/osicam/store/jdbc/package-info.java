/**
 * The knowledge base on JDBC: {@link org.osicam.store.jdbc.JdbcStore} implements the storage SPI
 * {@link org.osicam.core.kb.KnowledgeBaseStore} on PostgreSQL (the host passes a {@link
 * javax.sql.DataSource}) or on an embedded H2 database in a directory ({@link
 * org.osicam.store.jdbc.JdbcStore#embedded(java.nio.file.Path)}). The schema is created and
 * upgraded by versioned SQL migrations when the store is built.
 */
@NullMarked
package org.osicam.store.jdbc;

import org.jspecify.annotations.NullMarked;
