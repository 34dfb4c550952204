// Migrations, run automatically when a store opens and recorded by Kysely's Migrator in the
// table kysely_migration. Append new ones; never edit one that has shipped.
import { sql, type Kysely, type Migration } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

const fact = (s: Kysely<unknown>['schema'], name: string) => s.createTable(name)
  .addColumn('article_id', 'text', (c) => c.notNull())
  .addColumn('idx', 'integer', (c) => c.notNull())
  .addColumn('ev_start', 'integer', (c) => c.notNull())
  .addColumn('ev_end', 'integer', (c) => c.notNull())
  .addColumn('evidence', 'text', (c) => c.notNull())
  .addPrimaryKeyConstraint(`${name}_pk`, ['article_id', 'idx']);

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const s = db.schema;
      await s.createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text').addColumn('published', 'text').addColumn('url', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('title_line', 'integer', (c) => c.notNull())
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('actors_n', 'integer', (c) => c.notNull()).addColumn('claims_n', 'integer', (c) => c.notNull())
        .addColumn('positions_n', 'integer', (c) => c.notNull()).addColumn('events_n', 'integer', (c) => c.notNull())
        .execute();
      await s.createTable('article_sources')
        .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('source', 'text', (c) => c.notNull())
        .addColumn('url', 'text').addColumn('duplicate_of', 'integer', (c) => c.notNull())
        .addColumn('similarity', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_sources_pk', ['article_id', 'source']).execute();
      await s.createIndex('article_sources_source').on('article_sources').column('source').execute();
      await s.createTable('article_bands')
        .addColumn('band_key', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_bands_pk', ['band_key', 'article_id']).execute();
      await s.createTable('article_actors')
        .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text').addColumn('role', 'text').addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_actors_pk', ['article_id', 'actor_id']).execute();
      await s.createIndex('article_actors_actor').on('article_actors').column('actor_id').execute();
      await s.createTable('locations')
        .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text').addColumn('lat', 'double precision').addColumn('lon', 'double precision')
        .addPrimaryKeyConstraint('locations_pk', ['article_id', 'name']).execute();
      await fact(s, 'claims')
        .addColumn('source', 'text').addColumn('source_text', 'text').addColumn('hedge', 'text', (c) => c.notNull())
        .addColumn('cue', 'text').addColumn('via', 'text').execute();
      await fact(s, 'positions')
        .addColumn('holder', 'text', (c) => c.notNull()).addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('issue', 'text', (c) => c.notNull()).addColumn('target', 'text').addColumn('condition', 'text')
        .addColumn('claim_idx', 'integer').execute();
      await fact(s, 'events')
        .addColumn('type', 'text', (c) => c.notNull()).addColumn('mode', 'text').addColumn('status', 'text', (c) => c.notNull())
        .addColumn('actors', 'text', (c) => c.notNull()).addColumn('source_actor', 'text').addColumn('target_actor', 'text')
        .addColumn('date', 'text').addColumn('date_text', 'text').addColumn('location', 'text')
        .addColumn('quantities', 'text', (c) => c.notNull()).addColumn('killed', 'integer').addColumn('claim_idx', 'integer').execute();
      await s.createTable('ledger_actors')
        .addColumn('ord', 'integer', (c) => c.notNull()).addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text').addColumn('role', 'text')
        .addColumn('article_count', 'integer', (c) => c.notNull()).addColumn('mention_count', 'integer', (c) => c.notNull()).execute();
      await s.createTable('ledger_events')
        .addColumn('ord', 'integer', (c) => c.notNull()).addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull()).addColumn('mode', 'text').addColumn('status', 'text', (c) => c.notNull())
        .addColumn('date', 'text').addColumn('location', 'text').addColumn('country', 'text')
        .addColumn('lat', 'double precision').addColumn('lon', 'double precision')
        .addColumn('actors', 'text', (c) => c.notNull()).addColumn('actor1', 'text').addColumn('actor2', 'text')
        .addColumn('fatalities_low', 'integer').addColumn('fatalities_low_source', 'text').addColumn('fatalities_best', 'integer')
        .addColumn('fatalities_high', 'integer').addColumn('fatalities_high_source', 'text')
        .addColumn('sources', 'text', (c) => c.notNull()).addColumn('source_count', 'integer', (c) => c.notNull())
        .addColumn('evidence_article', 'text', (c) => c.notNull()).addColumn('evidence', 'text', (c) => c.notNull()).execute();
      await s.createTable('ledger_event_reports')
        .addColumn('event_id', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_event_reports_pk', ['article_id', 'idx']).execute();
      await s.createIndex('ledger_event_reports_event').on('ledger_event_reports').column('event_id').execute();
      await s.createTable('ledger_stances')
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('holder', 'text', (c) => c.notNull()).addColumn('issue', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull()).addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('target', 'text').addColumn('condition', 'text').addColumn('first_seen', 'text').addColumn('last_seen', 'text')
        .addColumn('articles', 'text', (c) => c.notNull())
        .addColumn('first_article', 'text', (c) => c.notNull()).addColumn('first_evidence', 'text', (c) => c.notNull())
        .addColumn('last_article', 'text', (c) => c.notNull()).addColumn('last_evidence', 'text', (c) => c.notNull())
        .addColumn('changed', 'integer', (c) => c.notNull()).addColumn('previous_stance', 'text')
        .addColumn('previous_article', 'text').addColumn('previous_evidence', 'text')
        .addPrimaryKeyConstraint('ledger_stances_pk', ['holder', 'issue', 'seq']).execute();
      await s.createTable('state')
        .addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
      // Full text: FTS5 on SQLite, a GIN index over the 'simple' text-search configuration on PostgreSQL.
      if (dialect === 'sqlite') await sql`create virtual table article_fts using fts5(article_id unindexed, title, text, tokenize = "unicode61 remove_diacritics 0")`.execute(db);
      else await sql`create index articles_fts on articles using gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))`.execute(db);
    },
  };
}

/** The items `detente watch` has put on the queue, per feed, so that a restart queues only new ones. */
const feedItems: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('feed_items')
      .addColumn('feed', 'text', (c) => c.notNull())
      .addColumn('item', 'text', (c) => c.notNull())
      .addColumn('first_seen', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feed_items_pk', ['feed', 'item']).execute();
  },
};

export function migrations(dialect: Dialect): Record<string, Migration> {
  return { '001-initial': initial(dialect), '002-feed-items': feedItems };
}
