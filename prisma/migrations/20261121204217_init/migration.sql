-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('event', 'agreement', 'statement');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year', 'unknown');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('defense', 'energy', 'nuclear', 'trade', 'finance', 'transport', 'diplomacy', 'technology');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('proposed', 'negotiating', 'signed', 'ratified', 'in_force', 'suspended', 'expired', 'terminated');

-- CreateEnum
CREATE TYPE "EntryState" AS ENUM ('draft', 'in_review', 'published');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organisation', 'state');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('implements', 'refers_to', 'follows');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "dateStart" DATE,
    "dateEnd" DATE,
    "periodEnd" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "sectors" "Sector"[],
    "places" TEXT[],
    "status" "AgreementStatus",
    "durationYears" DOUBLE PRECISION,
    "figures" JSONB NOT NULL DEFAULT '[]',
    "speakerId" TEXT,
    "quote" TEXT,
    "quoteVerbatim" BOOLEAN NOT NULL DEFAULT false,
    "quoteLanguage" TEXT,
    "quoteOriginal" TEXT,
    "reportedBy" TEXT,
    "searchNames" TEXT NOT NULL DEFAULT '',
    "state" "EntryState" NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "country" TEXT,
    "titles" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorName" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActorName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryActor" (
    "entryId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryActor_pkey" PRIMARY KEY ("entryId","actorId","role")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "reliability" "SourceReliability",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT,
    "credibility" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementStep" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "dateStart" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "sourceId" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Entry_slug_key" ON "Entry"("slug");

-- CreateIndex
CREATE INDEX "Entry_state_dateStart_id_idx" ON "Entry"("state", "dateStart" DESC, "id");

-- CreateIndex
CREATE INDEX "Entry_kind_state_dateStart_idx" ON "Entry"("kind", "state", "dateStart" DESC);

-- CreateIndex
CREATE INDEX "Entry_sectors_idx" ON "Entry" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "Entry_status_idx" ON "Entry"("status");

-- CreateIndex
CREATE INDEX "Entry_speakerId_idx" ON "Entry"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_name_idx" ON "Actor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ActorName_actorId_name_key" ON "ActorName"("actorId", "name");

-- CreateIndex
CREATE INDEX "EntryActor_actorId_entryId_idx" ON "EntryActor"("actorId", "entryId");

-- CreateIndex
CREATE INDEX "Source_url_idx" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Citation_entryId_position_idx" ON "Citation"("entryId", "position");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "AgreementStep_entryId_position_idx" ON "AgreementStep"("entryId", "position");

-- CreateIndex
CREATE INDEX "AgreementStep_sourceId_idx" ON "AgreementStep"("sourceId");

-- CreateIndex
CREATE INDEX "EntryLink_toId_idx" ON "EntryLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "EntryLink_fromId_toId_type_key" ON "EntryLink"("fromId", "toId", "type");

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorName" ADD CONSTRAINT "ActorName_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryActor" ADD CONSTRAINT "EntryActor_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryActor" ADD CONSTRAINT "EntryActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStep" ADD CONSTRAINT "AgreementStep_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStep" ADD CONSTRAINT "AgreementStep_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryLink" ADD CONSTRAINT "EntryLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryLink" ADD CONSTRAINT "EntryLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
