using Comet.Measures.Embeddings.Text;

namespace Comet.Measures.Embeddings.Tests;

public class TextChunkerTests
{
    private static string Words(int from, int count) => string.Join(' ', Enumerable.Range(from, count).Select(i => $"word{(char)('a' + i)}"));

    [Fact]
    public void Chunk_ShortText_GivesOneChunk()
    {
        var chunks = new TextChunker(new ChunkingOptions()).Chunk("The system shall record every booking.");

        Assert.Equal(["the system shall record every booking."], chunks);
    }

    [Fact]
    public void Chunk_EmptyText_GivesNoChunk()
    {
        Assert.Empty(new TextChunker(new ChunkingOptions()).Chunk(" \n\n {} "));
    }

    [Fact]
    public void Chunk_BlankLineBlocks_PacksWhileTheyFitAndStartsANewChunkOtherwise()
    {
        var chunker = new TextChunker(new ChunkingOptions { MaxWords = 5, OverlapWords = 1 });

        var chunks = chunker.Chunk("alpha beta\n\ngamma delta\n\nepsilon zeta eta");

        Assert.Equal(["alpha beta gamma delta", "epsilon zeta eta"], chunks);
    }

    [Fact]
    public void Chunk_LongBlock_IsReadInOverlappingWindowsEndingAtTheLastWord()
    {
        var chunker = new TextChunker(new ChunkingOptions { MaxWords = 4, OverlapWords = 1 });

        var chunks = chunker.Chunk("a b c d e f g h i");

        // Stride 3: windows start at 0, 3, then the last one is pulled back to end at "i".
        Assert.Equal(["a b c d", "d e f g", "f g h i"], chunks);
    }

    [Fact]
    public void Chunk_MoreChunksThanTheLimit_KeepsEvenlySpacedOnesWithFirstAndLast()
    {
        var chunker = new TextChunker(new ChunkingOptions { MaxWords = 2, OverlapWords = 0, MaxChunksPerArtifact = 3 });
        var text = string.Join("\n\n", Enumerable.Range(0, 9).Select(i => Words(2 * i, 2)));

        var chunks = chunker.Chunk(text);

        Assert.Equal([Words(0, 2), Words(8, 2), Words(16, 2)], chunks);
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(4, 1, 0)]
    public void Constructor_InvalidOptions_Throws(int maxWords, int overlap, int maxChunks)
    {
        Assert.Throws<ArgumentException>(() =>
            new TextChunker(new ChunkingOptions { MaxWords = maxWords, OverlapWords = overlap, MaxChunksPerArtifact = maxChunks }));
    }
}
