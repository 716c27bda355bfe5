using System.Buffers.Binary;
using System.Runtime.InteropServices;
using static Comet.Measures.Embeddings.Encoding.Quantization.ProtoWire;

namespace Comet.Measures.Embeddings.Encoding.Quantization;

/// <summary>
/// Dynamic int8 quantisation of an fp32 ONNX model, written from the ONNX and ONNX Runtime operator
/// specs: every <c>MatMul</c> whose second input is a 2-D fp32 initializer (the weights: in MiniLM the
/// Q, K, V, output and two feed-forward projections of each layer, 36 in all) becomes ONNX Runtime's
/// contrib op <c>com.microsoft.DynamicQuantizeMatMul</c>, which quantises its activations to uint8 per
/// call (scale and zero point from the tensor's range) and multiplies them with int8 weights in
/// integer arithmetic, then rescales to fp32. Weights are quantised symmetrically per output column
/// (scale = max |w| / 127, round half to even), so a column of small weights keeps its resolution.
/// Everything else stays fp32: the attention products (both operands are activations), layer norms,
/// GELU, softmax, and the pooler's <c>Gemm</c>, which sees one token per text and whose output the
/// encoder does not read. Pure function of the input bytes: the same model gives the same file.
/// </summary>
internal static class DynamicInt8Quantizer
{
    /// <summary>Part of the quantised model's cache key and of the encoder's model id: bump on any change of the output.</summary>
    public const int Version = 1;

    private const int TensorFloat = 1;
    private const int TensorInt8 = 3;
    private const string MicrosoftDomain = "com.microsoft";

    /// <summary>The quantised model, and how many MatMuls were rewritten.</summary>
    /// <param name="fp32Model">The ONNX file.</param>
    /// <param name="weightLimit">Largest |q| of a weight: 127 (full int8), or 63 (7 bits) so that a CPU without VNNI
    /// (AVX2's pairwise u8 x s8 multiply-add saturates at 32,767 = 2 x 255 x 64 - 1) cannot overflow.</param>
    public static (byte[] Model, int Rewritten) Quantize(ReadOnlyMemory<byte> fp32Model, int weightLimit = 127)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weightLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightLimit, 127);
        var model = Read(fp32Model);
        var graphField = model.Single(f => f.Number == ModelField.Graph);
        var graph = Read(graphField.Payload);
        var initializers = graph.Where(f => f.Number == GraphField.Initializer)
                                .Select(f => (Field: f, Tensor: Read(f.Payload)))
                                .ToDictionary(t => TensorName(t.Tensor), t => t.Tensor, StringComparer.Ordinal);
        var nodes = graph.Where(f => f.Number == GraphField.Node).Select(f => Read(f.Payload)).ToList();
        var graphInputs = graph.Where(f => f.Number == GraphField.Input).Select(f => Read(f.Payload).First(x => x.Number == 1).Text).ToHashSet(StringComparer.Ordinal);

        var quantised = new Dictionary<string, (byte[] Weights, float[] Scales, long[] Dims)>(StringComparer.Ordinal);
        var rewrittenNodes = new Dictionary<int, byte[]>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var inputs = node.Where(f => f.Number == NodeField.Input).Select(f => f.Text).ToArray();
            if (OpType(node) != "MatMul" || inputs.Length != 2 || !initializers.TryGetValue(inputs[1], out var weight) || !IsFloatMatrix(weight))
            {
                continue;
            }

            if (!quantised.ContainsKey(inputs[1]))
            {
                var dims = Integers(weight, TensorField.Dims).ToArray();
                var (weights, scales) = QuantiseColumns(FloatData(weight), checked((int)dims[0]), checked((int)dims[1]), weightLimit);
                quantised[inputs[1]] = (weights, scales, dims);
            }

            rewrittenNodes[n] = QuantisedNode(node, inputs);
        }

        // A weight read only by rewritten MatMuls is dropped; one still read elsewhere (or a graph input) stays.
        var stillRead = nodes.Where((_, n) => !rewrittenNodes.ContainsKey(n))
                             .SelectMany(node => node.Where(f => f.Number == NodeField.Input).Select(f => f.Text))
                             .ToHashSet(StringComparer.Ordinal);
        var dropped = quantised.Keys.Where(name => !stillRead.Contains(name) && !graphInputs.Contains(name)).ToHashSet(StringComparer.Ordinal);

        using var graphOut = new MemoryStream();
        var nodeIndex = 0;
        foreach (var field in graph)
        {
            if (field.Number == GraphField.Node)
            {
                if (rewrittenNodes.TryGetValue(nodeIndex++, out var rewritten))
                {
                    WriteBytesField(graphOut, GraphField.Node, rewritten);
                    continue;
                }
            }
            else if (field.Number == GraphField.Initializer && dropped.Contains(TensorName(Read(field.Payload))))
            {
                continue;
            }

            graphOut.Write(field.Raw.Span);
        }

        // New initializers in name order, so the file does not depend on dictionary order.
        foreach (var (name, q) in quantised.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteBytesField(graphOut, GraphField.Initializer, Tensor(QuantisedName(name), [q.Dims[0], q.Dims[1]], TensorInt8, MemoryMarshal.AsBytes(q.Weights.AsSpan())));
            WriteBytesField(graphOut, GraphField.Initializer, Tensor(ScaleName(name), [q.Dims[1]], TensorFloat, FloatBytes(q.Scales)));
        }

        using var modelOut = new MemoryStream();
        foreach (var field in model)
        {
            if (field.Number == ModelField.Graph)
            {
                WriteBytesField(modelOut, ModelField.Graph, graphOut.ToArray());
            }
            else
            {
                modelOut.Write(field.Raw.Span);
            }
        }

        if (!model.Any(f => f.Number == ModelField.OpsetImport && Read(f.Payload).Any(x => x.Number == 1 && x.Text == MicrosoftDomain)))
        {
            using var opset = new MemoryStream();
            WriteStringField(opset, 1, MicrosoftDomain);
            WriteVarintField(opset, 2, 1);
            WriteBytesField(modelOut, ModelField.OpsetImport, opset.ToArray());
        }

        return (modelOut.ToArray(), rewrittenNodes.Count);
    }

    /// <summary>
    /// Symmetric int8 per column of a row-major K x N weight (the MatMul's second operand: column n
    /// feeds output n): scale_n = max_k |w_kn| / 127 and q = round-half-even(w / scale_n) in [-127, 127].
    /// An all-zero column gets scale 1 (all its q are 0).
    /// </summary>
    internal static (byte[] Weights, float[] Scales) QuantiseColumns(float[] weights, int rows, int columns, int limit = 127)
    {
        if (weights.Length != rows * columns)
        {
            throw new InvalidDataException($"weight has {weights.Length} values, expected {rows} x {columns}");
        }

        var scales = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var max = 0f;
            for (var r = 0; r < rows; r++)
            {
                max = MathF.Max(max, MathF.Abs(weights[(r * columns) + c]));
            }

            scales[c] = max > 0 ? max / limit : 1f;
        }

        var quantised = new byte[weights.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var q = MathF.Round(weights[(r * columns) + c] / scales[c], MidpointRounding.ToEven);
                quantised[(r * columns) + c] = unchecked((byte)(sbyte)Math.Clamp(q, -limit, limit));
            }
        }

        return (quantised, scales);
    }

    internal static string QuantisedName(string weight) => weight + "_int8";

    internal static string ScaleName(string weight) => weight + "_int8_scale";

    /// <summary>DynamicQuantizeMatMul(A, B_int8, B_scale) with the MatMul's name and output; no zero point (symmetric).</summary>
    private static byte[] QuantisedNode(List<Field> node, string[] inputs)
    {
        using var output = new MemoryStream();
        WriteStringField(output, NodeField.Input, inputs[0]);
        WriteStringField(output, NodeField.Input, QuantisedName(inputs[1]));
        WriteStringField(output, NodeField.Input, ScaleName(inputs[1]));
        foreach (var field in node.Where(f => f.Number == NodeField.Output))
        {
            output.Write(field.Raw.Span);
        }

        foreach (var field in node.Where(f => f.Number == NodeField.Name))
        {
            output.Write(field.Raw.Span);
        }

        WriteStringField(output, NodeField.OpType, "DynamicQuantizeMatMul");
        WriteStringField(output, NodeField.Domain, MicrosoftDomain);
        return output.ToArray();
    }

    private static byte[] Tensor(string name, long[] dims, int dataType, ReadOnlySpan<byte> raw)
    {
        using var output = new MemoryStream();
        foreach (var dim in dims)
        {
            WriteVarintField(output, TensorField.Dims, (ulong)dim);
        }

        WriteVarintField(output, TensorField.DataType, (ulong)dataType);
        WriteStringField(output, TensorField.Name, name);
        WriteBytesField(output, TensorField.RawData, raw);
        return output.ToArray();
    }

    private static string OpType(List<Field> node) => node.FirstOrDefault(f => f.Number == NodeField.OpType).Text;

    private static string TensorName(List<Field> tensor) => tensor.FirstOrDefault(f => f.Number == TensorField.Name).Text;

    private static bool IsFloatMatrix(List<Field> tensor) =>
        tensor.Any(f => f.Number == TensorField.DataType && f.Value == TensorFloat)
        && Integers(tensor, TensorField.Dims).Count() == 2
        && !tensor.Any(f => f.Number == TensorField.DataLocation && f.Value != 0);

    /// <summary>The tensor's floats, from raw_data (little-endian) or float_data (packed or not).</summary>
    private static float[] FloatData(List<Field> tensor)
    {
        var raw = tensor.FirstOrDefault(f => f.Number == TensorField.RawData);
        if (raw.Number == TensorField.RawData)
        {
            var values = new float[raw.Payload.Length / 4];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(raw.Payload.Span[(i * 4)..]);
            }

            return values;
        }

        var floats = new List<float>();
        foreach (var field in tensor.Where(f => f.Number == TensorField.FloatData))
        {
            var bytes = field.Payload.Span;
            for (var i = 0; i + 4 <= bytes.Length; i += 4)
            {
                floats.Add(BinaryPrimitives.ReadSingleLittleEndian(bytes[i..]));
            }
        }

        return [.. floats];
    }

    private static byte[] FloatBytes(float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    /// <summary>Field numbers of onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto) used here.</summary>
    private static class ModelField
    {
        public const int Graph = 7;
        public const int OpsetImport = 8;
    }

    private static class GraphField
    {
        public const int Node = 1;
        public const int Initializer = 5;
        public const int Input = 11;
    }

    private static class NodeField
    {
        public const int Input = 1;
        public const int Output = 2;
        public const int Name = 3;
        public const int OpType = 4;
        public const int Domain = 7;
    }

    private static class TensorField
    {
        public const int Dims = 1;
        public const int DataType = 2;
        public const int FloatData = 4;
        public const int Name = 8;
        public const int RawData = 9;
        public const int DataLocation = 14;
    }
}
