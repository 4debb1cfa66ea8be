-- CreateTable
CREATE TABLE "SearchNamesRefresh" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "placeId" TEXT,
    "after" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchNamesRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchNamesRefresh_actorId_key" ON "SearchNamesRefresh"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchNamesRefresh_placeId_key" ON "SearchNamesRefresh"("placeId");

-- Hand-written: a row names exactly one actor or one place.
ALTER TABLE "SearchNamesRefresh" ADD CONSTRAINT "SearchNamesRefresh_one_target" CHECK (("actorId" IS NULL) <> ("placeId" IS NULL));
