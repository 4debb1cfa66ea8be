-- CreateTable
CREATE TABLE "SynonymSet" (
    "id" TEXT NOT NULL,
    "terms" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SynonymSet_pkey" PRIMARY KEY ("id")
);
